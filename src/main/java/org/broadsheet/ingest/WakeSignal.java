package org.broadsheet.ingest;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How ingestion's background loops are woken: a loop {@link #await}s between passes, and {@link #wake()} ends its
 * current wait, or its next one when it is busy. Wakes that arrive while the loop works count as one, because the next
 * pass sees everything they announced. Thread-safe.
 */
final class WakeSignal {
    private final Semaphore wakes = new Semaphore(0);

    /** Ends the loop's current wait, or its next one. */
    void wake() {
        wakes.release();
    }

    /** Waits until woken or until {@code timeout} passes; returns whether it was woken. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean woken = wakes.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        wakes.drainPermits();
        return woken;
    }
}
