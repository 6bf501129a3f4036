package org.broadsheet.feed;

import java.util.Objects;

/** A document that could not be read as an OPML subscription list, with a stable reason code. */
public final class OpmlException extends Exception {
    /** The document is not OPML: empty, garbage, an HTML page, a feed. */
    public static final String NOT_OPML = "NOT_OPML";

    private final String code;

    /** Creates an exception with the code above. */
    public OpmlException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable reason: {@link #NOT_OPML}. */
    public String code() {
        return code;
    }
}
