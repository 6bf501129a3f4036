package org.broadsheet.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Ingester} on schedule: one loop wakes when the next source is due (or when asked to poll one now)
 * and polls each due source on its own virtual thread, never the same source twice at once. Closing it lets the
 * polls in flight finish, so that no article is left half-written.
 */
public final class IngestScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestScheduler.class);
    private static final Duration MAX_SLEEP = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private final Ingester ingester;
    private final SourceStore sources;
    private final Clock clock;
    private final Semaphore slots;
    private final ExecutorService polls = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("poll-", 0).factory());
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final WakeSignal signal = new WakeSignal();
    private volatile boolean running;
    private Thread loop = Thread.ofPlatform().unstarted(() -> {});

    public IngestScheduler(Ingester ingester, SourceStore sources, IngestSettings settings, Clock clock) {
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.slots = new Semaphore(settings.maxConcurrentPolls());
    }

    /** Starts polling in the background. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        loop = Thread.ofPlatform().name("ingest-scheduler").daemon().start(this::run);
    }

    /** Makes a source due now and wakes the loop; the poll itself happens in the background. */
    public void pollNow(long sourceId) {
        sources.scheduleNow(sourceId);
        signal.wake();
    }

    /**
     * Polls every active source once, in parallel, and returns when all are done. A source that the background loop
     * is polling at this moment is left to it and not reported.
     */
    public List<PollResult> pollAllOnce() throws InterruptedException {
        List<Future<PollResult>> futures = new ArrayList<>();
        for (Source source : sources.all()) {
            if (!source.paused()) {
                submitUnlessInFlight(source).ifPresent(futures::add);
            }
        }
        List<PollResult> results = new ArrayList<>();
        for (Future<PollResult> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                log.error("a poll failed unexpectedly", e.getCause());
            }
        }
        return results;
    }

    private void run() {
        while (running) {
            try {
                for (Source source : sources.due(clock.instant())) {
                    submitUnlessInFlight(source);
                }
                signal.await(sleepTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("scheduler pass failed; retrying", e);
                sleepQuietly();
            }
        }
    }

    /** Starts polling {@code source} on a virtual thread, unless it is being polled already. */
    private Optional<Future<PollResult>> submitUnlessInFlight(Source source) {
        if (!inFlight.add(source.id())) {
            return Optional.empty();
        }
        try {
            return Optional.of(polls.submit(() -> {
                try {
                    return pollGuarded(source);
                } finally {
                    inFlight.remove(source.id());
                }
            }));
        } catch (RejectedExecutionException e) {
            // Closing: the poll will happen after the next start.
            inFlight.remove(source.id());
            return Optional.empty();
        }
    }

    private PollResult pollGuarded(Source source) throws InterruptedException {
        slots.acquire();
        try {
            return ingester.poll(source);
        } catch (RuntimeException e) {
            log.atError()
                    .addKeyValue("source_id", source.id())
                    .addKeyValue("url", source.feedUrl())
                    .setCause(e)
                    .log("poll crashed");
            try {
                ingester.recordCrash(source, e);
            } catch (RuntimeException again) {
                log.atError()
                        .addKeyValue("source_id", source.id())
                        .setCause(again)
                        .log("could not record the crash; the source is retried at the next pass");
            }
            return new PollResult.Failed(source.id(), "INTERNAL", String.valueOf(e.getMessage()));
        } finally {
            slots.release();
        }
    }

    private Duration sleepTime() {
        Instant now = clock.instant();
        Duration untilNext =
                sources.nextDue().map(next -> Duration.between(now, next)).orElse(MAX_SLEEP);
        if (untilNext.isNegative() || untilNext.isZero()) {
            // Due sources are all in flight: look again shortly.
            return Duration.ofSeconds(1);
        }
        return untilNext.compareTo(MAX_SLEEP) > 0 ? MAX_SLEEP : untilNext;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the loop and waits (up to 20 s) for polls in flight to finish. */
    @Override
    public void close() {
        running = false;
        signal.wake();
        loop.interrupt();
        if (loop.getState() != Thread.State.NEW) {
            // The loop may be submitting a poll right now; let it see that we are closing before the pool stops.
            try {
                loop.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        polls.shutdown();
        try {
            if (!polls.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("polls still running after {}; interrupting them", SHUTDOWN_GRACE);
                polls.shutdownNow();
            }
        } catch (InterruptedException e) {
            polls.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
