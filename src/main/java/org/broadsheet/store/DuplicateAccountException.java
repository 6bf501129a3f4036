package org.broadsheet.store;

/** Thrown when a username is taken (names are compared without regard to case). */
public final class DuplicateAccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for {@code username}. */
    public DuplicateAccountException(String username) {
        super("The name '" + username + "' is taken.");
    }
}
