package org.broadsheet.ingest;

import java.util.Objects;

/** What re-extracting one stored article did: one record per shape, each naming the article and its source. */
public sealed interface ReextractOutcome {
    long articleId();

    long sourceId();

    /** The article's body (or its flag) was replaced with the new extraction. */
    record Updated(long articleId, long sourceId) implements ReextractOutcome {}

    /** The new extraction gave the same body. */
    record Unchanged(long articleId, long sourceId) implements ReextractOutcome {}

    /** The new extraction was much shorter than the stored body, which was kept (and flagged when paywalled). */
    record Kept(long articleId, long sourceId) implements ReextractOutcome {}

    /**
     * The page could not be fetched or extracted; the stored article was left as it was.
     *
     * @param code the stable reason ({@code HTTP_STATUS}, {@code TOO_LARGE}, {@code TIMED_OUT}...)
     * @param message its detail
     */
    record Failed(long articleId, long sourceId, String code, String message) implements ReextractOutcome {
        public Failed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
