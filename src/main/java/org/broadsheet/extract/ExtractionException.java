package org.broadsheet.extract;

import java.util.Objects;

/** A page the extractor refused or gave up on, with a stable {@link ExtractionFailure} reason. */
public final class ExtractionException extends Exception {
    private final ExtractionFailure failure;

    /** Creates the failure; {@code message} says what was measured, such as the page's size. */
    public ExtractionException(ExtractionFailure failure, String message) {
        super(message, null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** The stable reason. */
    public ExtractionFailure failure() {
        return failure;
    }

    /** The reason as the code stored and shown to operators, such as {@code TOO_LARGE}. */
    public String code() {
        return failure.name();
    }
}
