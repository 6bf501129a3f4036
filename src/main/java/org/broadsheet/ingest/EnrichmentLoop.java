package org.broadsheet.ingest;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background thread of {@link Enrichment}: a full reconcile at start, then a catch-up whenever the database's
 * content version moves (checked every {@code tick}) and at least every {@code catchUpEvery} (writes by another process,
 * such as {@code ingest --once}), and a full reconcile every {@code reconcileEvery}.
 */
final class EnrichmentLoop {
    private static final Logger log = LoggerFactory.getLogger(EnrichmentLoop.class);

    private final Enrichment enrichment;
    private final LongSupplier version;
    private final long tickMillis;
    private final long catchUpNanos;
    private final long reconcileNanos;
    private Thread thread = Thread.ofPlatform().unstarted(() -> {});
    private volatile boolean running;
    private volatile boolean closed;

    EnrichmentLoop(
            Enrichment enrichment,
            LongSupplier version,
            Duration tick,
            Duration catchUpEvery,
            Duration reconcileEvery) {
        this.enrichment = enrichment;
        this.version = version;
        this.tickMillis = tick.toMillis();
        this.catchUpNanos = catchUpEvery.toNanos();
        this.reconcileNanos = reconcileEvery.toNanos();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("enrichment").daemon().start(this::run);
    }

    private void run() {
        long seen = Long.MIN_VALUE;
        long lastCatchUp = System.nanoTime();
        long lastReconcile = lastCatchUp - reconcileNanos; // due at once
        while (running) {
            long now = System.nanoTime();
            try {
                if (now - lastReconcile >= reconcileNanos) {
                    lastReconcile = lastCatchUp = now;
                    seen = version.getAsLong();
                    Enrichment.Progress p = enrichment.reconcile();
                    log.info(
                            "search index reconciled: {} embedded, {} indexed, {} removed",
                            p.embedded(),
                            p.indexed(),
                            p.removed());
                } else if (version.getAsLong() != seen || now - lastCatchUp >= catchUpNanos) {
                    lastCatchUp = now;
                    seen = version.getAsLong();
                    Enrichment.Progress p = enrichment.catchUp();
                    if (p.indexed() > 0) {
                        log.info("enriched {} articles ({} embedded)", p.indexed(), p.embedded());
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("enrichment pass failed; retrying at the next change", e);
            }
            sleep();
        }
    }

    private void sleep() {
        try {
            Thread.sleep(tickMillis);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /** True once closing began: a pass should end at its next batch. */
    boolean stopping() {
        return closed;
    }

    synchronized void close() {
        // No interrupt: an interrupted Lucene write can close the index's files under it. Passes check stopping()
        // between batches instead.
        closed = true;
        running = false;
        if (thread.getState() == Thread.State.NEW) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
