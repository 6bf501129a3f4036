package org.broadsheet.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What one poll of one source did: whether the feed was read, and how many entries were new, updated, unchanged,
 * stored from the feed's own content because their page could not be used, skipped (no usable link) or failed (an
 * error while storing them: they are tried again at the next poll).
 */
public record PollResult(
        long sourceId,
        Status status,
        int entries,
        int inserted,
        int updated,
        int unchanged,
        int fromFeedContent,
        int skipped,
        int failed,
        @Nullable String errorCode,
        @Nullable String errorMessage) {

    /** How the feed request itself went. */
    public enum Status {
        OK,
        NOT_MODIFIED,
        FAILED
    }

    static PollResult notModified(long sourceId) {
        return new PollResult(sourceId, Status.NOT_MODIFIED, 0, 0, 0, 0, 0, 0, 0, null, null);
    }

    static PollResult failed(long sourceId, String code, String message) {
        return new PollResult(sourceId, Status.FAILED, 0, 0, 0, 0, 0, 0, 0, code, message);
    }
}
