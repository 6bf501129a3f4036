package org.broadsheet.api;

import java.net.URI;
import java.time.Instant;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceHealth;
import org.jspecify.annotations.Nullable;

/** An outlet with the health of its feed. */
public record SourceJson(
        long id,
        String name,
        @Nullable URI homepage,
        URI feedUrl,
        @Nullable String country,
        @Nullable String language,
        String display,
        long pollIntervalSeconds,
        boolean paused,
        Health health,
        Instant created) {

    /**
     * How polling the feed goes.
     *
     * @param status "ok", "failing", "paused", or "new" when it was never polled
     * @param nextPollReason why the next poll is due then: the feed's publishing rhythm, its configured interval, or
     *     back-off after failures
     */
    public record Health(
            String status,
            @Nullable Instant lastAttempt,
            @Nullable Instant lastSuccess,
            int consecutiveFailures,
            @Nullable String lastErrorCode,
            @Nullable String lastErrorMessage,
            @Nullable Instant nextPoll,
            @Nullable String nextPollReason) {}

    static SourceJson of(Source s) {
        SourceHealth h = s.health();
        String status = s.paused() ? "paused" : h.failing() ? "failing" : h.lastAttempt() == null ? "new" : "ok";
        return new SourceJson(
                s.id(),
                s.name(),
                s.homepage(),
                s.feedUrl(),
                s.country(),
                s.language(),
                s.display().code(),
                s.pollInterval().toSeconds(),
                s.paused(),
                new Health(
                        status,
                        h.lastAttempt(),
                        h.lastSuccess(),
                        h.consecutiveFailures(),
                        h.lastErrorCode(),
                        h.lastErrorMessage(),
                        h.nextPoll(),
                        h.nextPollReason()),
                s.created());
    }
}
