package org.broadsheet.feed;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A document that could not be read as a feed, with a stable reason. */
public final class FeedParseException extends Exception {
    private final FeedParseFailure failure;

    /** Creates an exception for {@code failure}; {@code message} says what was found instead of a feed. */
    public FeedParseException(FeedParseFailure failure, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** Why the document is not a feed. */
    public FeedParseFailure failure() {
        return failure;
    }

    /** The stable reason code stored with the source and shown to the operator: the failure's name. */
    public String code() {
        return failure.name();
    }
}
