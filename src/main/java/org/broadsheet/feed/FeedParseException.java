package org.broadsheet.feed;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A document that could not be read as a feed, with a stable reason code. */
public final class FeedParseException extends Exception {
    /** The document is not a feed at all: an HTML page, an image, garbage. */
    public static final String NOT_A_FEED = "NOT_A_FEED";
    /** The document is a feed, but broken beyond what the parser repairs. */
    public static final String MALFORMED_FEED = "MALFORMED_FEED";
    /** The document is empty or only whitespace. */
    public static final String EMPTY_BODY = "EMPTY_BODY";

    private final String code;

    /** Creates an exception with one of the codes above. */
    public FeedParseException(String code, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable reason: {@link #NOT_A_FEED}, {@link #MALFORMED_FEED} or {@link #EMPTY_BODY}. */
    public String code() {
        return code;
    }
}
