package org.broadsheet.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What re-extracting one stored article did.
 *
 * @param code the stable reason of a failure ({@code HTTP_STATUS}, {@code TOO_LARGE}, {@code TIMED_OUT}...), else null
 * @param message a failure's detail, else null
 */
public record ReextractOutcome(
        long articleId,
        long sourceId,
        Kind kind,
        @Nullable String code,
        @Nullable String message) {
    /** The kinds of outcome. */
    public enum Kind {
        /** The article's body (or its flag) was replaced with the new extraction. */
        UPDATED,
        /** The new extraction gave the same body. */
        UNCHANGED,
        /** The new extraction was much shorter than the stored body, which was kept (and flagged when paywalled). */
        KEPT,
        /** The page could not be fetched or extracted; the stored article was left as it was. */
        FAILED
    }

    static ReextractOutcome failed(long articleId, long sourceId, String code, String message) {
        return new ReextractOutcome(articleId, sourceId, Kind.FAILED, code, message);
    }
}
