package org.broadsheet.search;

/** A query that cannot be understood (unbalanced quotes or brackets, a lone operator, too long, too broad). */
public final class BadQueryException extends RuntimeException {
    /** The stable reason code shown to API clients. */
    public static final String CODE = "BAD_QUERY";

    BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }

    BadQueryException(String message) {
        super(message);
    }
}
