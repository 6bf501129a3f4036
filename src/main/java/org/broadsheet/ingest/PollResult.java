package org.broadsheet.ingest;

import java.util.Objects;

/**
 * What one poll of one source came to: the feed was {@link Read} (with what became of its entries), was
 * {@link NotModified} since the last poll, or {@link Failed} with a stable reason.
 */
public sealed interface PollResult {
    /** The source polled. */
    long sourceId();

    /**
     * The feed was read. Of its {@code entries} (those considered, up to the per-poll limit), so many were new,
     * updated, unchanged, skipped (no usable link) or failed (an error while reading or storing them: they are tried
     * again at the next poll); {@code fromFeedContent} of the stored ones were made from the feed's own content
     * because their page could not be used.
     */
    record Read(
            long sourceId,
            int entries,
            int inserted,
            int updated,
            int unchanged,
            int fromFeedContent,
            int skipped,
            int failed)
            implements PollResult {}

    /** The publisher answered 304: nothing changed since the last poll. */
    record NotModified(long sourceId) implements PollResult {}

    /**
     * The feed could not be fetched or parsed, or the poll crashed.
     *
     * @param code the stable reason ({@code HTTP_503}, {@code NOT_A_FEED}, {@code INTERNAL}...)
     * @param message its detail, for the operator
     */
    record Failed(long sourceId, String code, String message) implements PollResult {
        public Failed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
