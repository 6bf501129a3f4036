package org.broadsheet.store;

/**
 * Thrown when a username is taken: the same name in another case or Unicode form, or a name that looks like it (the
 * same confusable skeleton).
 */
public final class DuplicateAccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String existing;
    private final boolean lookAlike;

    /** Creates the exception for {@code username}, which is {@code existing} itself. */
    public DuplicateAccountException(String username) {
        this(username, username, false);
    }

    /** Creates the exception for {@code username}, which is or looks like the name {@code existing}. */
    public DuplicateAccountException(String username, String existing, boolean lookAlike) {
        super(
                lookAlike
                        ? "The name '" + username + "' looks like '" + existing + "', which is taken."
                        : "The name '" + username + "' is taken.");
        this.existing = existing;
        this.lookAlike = lookAlike;
    }

    /** The name of the account in the way. */
    public String existing() {
        return existing;
    }

    /** True when the name is not the existing one in another case or form but only looks like it. */
    public boolean lookAlike() {
        return lookAlike;
    }
}
