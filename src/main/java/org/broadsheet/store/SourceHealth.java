package org.broadsheet.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How polling a source went: when it was last tried and last succeeded, how many attempts failed in a row, the last
 * failure as a stable reason code ({@code TIMEOUT}, {@code HTTP_403}, {@code NOT_A_FEED}, ...) with a message, when
 * the next poll is due, and why then (the publishing rhythm, the configured interval, or back-off), if recorded.
 */
public record SourceHealth(
        @Nullable Instant lastAttempt,
        @Nullable Instant lastSuccess,
        int consecutiveFailures,
        @Nullable String lastErrorCode,
        @Nullable String lastErrorMessage,
        @Nullable Instant nextPoll,
        @Nullable String nextPollReason) {

    /** Health of a source that has never been polled. */
    public static SourceHealth unpolled() {
        return new SourceHealth(null, null, 0, null, null, null, null);
    }

    /** True when the last attempt failed. */
    public boolean failing() {
        return consecutiveFailures > 0;
    }

    /**
     * True when the source is failing and has never been read: an address that has not worked at all, which readers'
     * menus leave out. An outlet that was read once stays in them through a later failure, with its stored articles.
     */
    public boolean neverWorked() {
        return failing() && lastSuccess == null;
    }
}
