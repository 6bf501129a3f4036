package org.broadsheet.comment;

/** Why a comment action was refused: a stable code and the HTTP status it maps to. */
public enum CommentProblem {
    EMPTY(400),
    TOO_LONG(400),
    TOO_MANY_LINKS(400),
    DUPLICATE(400),
    TOO_DEEP(400),
    REASON_INVALID(400),
    ALREADY_REPORTED(400),
    INVALID_RULE(400),
    NOT_FOUND(404),
    CLOSED(403),
    BANNED(403),
    NOT_YOURS(403),
    EDIT_WINDOW_PASSED(403),
    NOT_ALLOWED(403),
    RATE_LIMITED(429);

    private final int status;

    CommentProblem(int status) {
        this.status = status;
    }

    /** The HTTP status a page or the API answers with. */
    public int status() {
        return status;
    }
}
