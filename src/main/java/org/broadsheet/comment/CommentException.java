package org.broadsheet.comment;

/** A comment action refused for a stated reason; the message is safe to show the person who tried. */
public final class CommentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final CommentProblem problem;

    /** Creates the exception; {@code message} is shown to the person who tried. */
    public CommentException(CommentProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** The stable reason. */
    public CommentProblem problem() {
        return problem;
    }
}
