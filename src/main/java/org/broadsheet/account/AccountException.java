package org.broadsheet.account;

/** An account action refused for a reason the person can fix; the message is safe to show them. */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final AccountProblem problem;

    /** Creates the exception; {@code message} is shown to the person who tried. */
    public AccountException(AccountProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** The stable reason. */
    public AccountProblem problem() {
        return problem;
    }
}
