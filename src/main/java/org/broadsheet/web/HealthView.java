package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/**
 * How polling an outlet's feed is going, worded for the operator.
 *
 * @param status "ok", "failing", "paused" or "new" (never polled)
 * @param lastSuccess "13-07-2025 14:03 (3 hours ago)", or null if it never succeeded
 * @param nextPoll "13-07-2025 14:18 (in 4 minutes)", or null when none is scheduled
 * @param nextPollReason why the next poll is due then ("median gap between its last 10 entries is 2 h"), if known
 */
public record HealthView(
        String status,
        @Nullable String lastSuccess,
        @Nullable String lastAttempt,
        int consecutiveFailures,
        @Nullable String errorCode,
        @Nullable String errorMessage,
        @Nullable String nextPoll,
        @Nullable String nextPollReason) {}
