package org.broadsheet.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to poll a source next after failures: its interval doubled per consecutive failure with jitter, capped, so that
 * a broken feed is retried less often but never given up on. After a success, {@link PollRhythm} decides.
 */
final class Backoff {
    private final Duration cap;

    Backoff(Duration cap) {
        this.cap = cap;
    }

    Instant afterFailure(Instant now, Duration interval, int consecutiveFailures) {
        int doublings = Math.min(Math.max(consecutiveFailures - 1, 0), 20);
        long base = Math.min(interval.toMillis() << doublings, cap.toMillis());
        long jitter = (long) (base * 0.2 * ThreadLocalRandom.current().nextDouble());
        return now.plusMillis(Math.min(base + jitter, cap.toMillis()));
    }
}
