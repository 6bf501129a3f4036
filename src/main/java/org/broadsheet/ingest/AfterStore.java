package org.broadsheet.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.broadsheet.story.StoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to articles after they are stored, in order, in one place:
 *
 * <ol>
 *   <li><b>stored</b>: the {@link Ingester} (or the {@link Reextractor}) wrote articles and called {@link #wake()};
 *   <li><b>embedded</b> and <b>indexed</b>: {@link Enrichment#catchUp()} embeds every article whose vector is missing
 *       or stale and (re)indexes it in the search index;
 *   <li><b>clustered</b>: {@link StoryService#catchUp()} places every embedded article that has no story yet, and
 *       every {@link Rhythm#maintainEvery()} {@link StoryService#maintain()} merges and splits stories;
 *   <li><b>pages invalidated</b>: the page cache is told that what pages show has changed (new articles, their
 *       related articles and their stories), so that the next reader gets a fresh page.
 * </ol>
 *
 * <p>One thread runs these passes. Stores in this process wake it one way, {@link #wake()}; a safety tick
 * ({@link Rhythm#tick()}) catches writes by another process ({@code ingest --once}, {@code reextract}).
 * Every step finds its work in the database, never in memory, so a crash loses nothing: the first pass after a start
 * is a full one ({@link Enrichment#reconcile()} brings the index level with the database by id and content hash), and
 * articles stored but not yet embedded, indexed or clustered are carried on from where they stopped. A full pass
 * also runs every {@link Rhythm#reconcileEvery()}, which drops the index entries of removed sources' articles, and
 * after every pass that failed (a full disk, say), which brings back the entries a failed index writer lost.
 */
public final class AfterStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AfterStore.class);

    private final Enrichment enrichment;
    private final StoryService stories;
    private final Runnable pagesChanged;
    private final Rhythm rhythm;
    private final WakeSignal signal = new WakeSignal();
    /** Held for a whole pass: the steps are meant for one thread at a time, and a command may run one beside the loop. */
    private final ReentrantLock passing = new ReentrantLock();

    private Thread thread = Thread.ofPlatform().unstarted(() -> {});
    private volatile boolean closed;

    /**
     * How often the pipeline runs without being woken.
     *
     * @param tick the longest wait between passes (for writes by another process)
     * @param reconcileEvery how often a pass is a full one: the index compared with the database
     * @param maintainEvery how often stories are merged and split
     */
    public record Rhythm(Duration tick, Duration reconcileEvery, Duration maintainEvery) {
        /** A pass at least every minute, a full one every 15 minutes, stories merged and split every 10. */
        public static Rhythm defaults() {
            return new Rhythm(Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(10));
        }
    }

    /** What one pass did, step by step. */
    public record Pass(Enrichment.Progress enriched, int clustered, int moved) {
        /** Whether the pass changed anything a page shows. */
        public boolean changedPages() {
            return enriched.embedded() + enriched.indexed() + enriched.removed() + clustered + moved > 0;
        }
    }

    /**
     * @param pagesChanged the last step: tells the page cache that what pages show has changed
     */
    public AfterStore(Enrichment enrichment, StoryService stories, Runnable pagesChanged, Rhythm rhythm) {
        this.enrichment = Objects.requireNonNull(enrichment, "enrichment");
        this.stories = Objects.requireNonNull(stories, "stories");
        this.pagesChanged = Objects.requireNonNull(pagesChanged, "pagesChanged");
        this.rhythm = Objects.requireNonNull(rhythm, "rhythm");
    }

    /** Starts the pipeline's thread: a full pass now, then a pass at every {@link #wake()} and tick. */
    public synchronized void start() {
        if (closed || thread.getState() != Thread.State.NEW) {
            return;
        }
        thread = Thread.ofPlatform().name("after-store").daemon().start(this::run);
    }

    /** Says that articles were stored: the pipeline runs a pass as soon as it is free. Cheap; never blocks. */
    public void wake() {
        signal.wake();
    }

    /** Runs one pass on the caller's thread: embeds and indexes what is pending, clusters it, invalidates pages. */
    public Pass catchUp() throws InterruptedException {
        return pass(false, false);
    }

    /** Runs one full pass on the caller's thread: like {@link #catchUp()}, with the index reconciled first. */
    public Pass reconcile() throws InterruptedException {
        return pass(true, false);
    }

    /** The steps after a store, in order. */
    private Pass pass(boolean full, boolean maintain) throws InterruptedException {
        passing.lockInterruptibly();
        try {
            Enrichment.Progress enriched = full ? enrichment.reconcile() : enrichment.catchUp(); // embedded, indexed
            if (closed) {
                return new Pass(enriched, 0, 0); // the next start carries on from here
            }
            int clustered = stories.catchUp(); // clustered
            int moved = maintain ? stories.maintain() : 0;
            Pass pass = new Pass(enriched, clustered, moved);
            if (pass.changedPages()) {
                pagesChanged.run(); // pages invalidated
            }
            return pass;
        } finally {
            passing.unlock();
        }
    }

    private void run() {
        long reconcileNanos = rhythm.reconcileEvery().toNanos();
        long maintainNanos = rhythm.maintainEvery().toNanos();
        long lastReconcile = System.nanoTime() - reconcileNanos; // due at once
        long lastMaintain = System.nanoTime();
        while (!closed) {
            long now = System.nanoTime();
            boolean full = now - lastReconcile >= reconcileNanos;
            boolean maintain = now - lastMaintain >= maintainNanos;
            try {
                Pass pass = pass(full, maintain);
                lastReconcile = full ? now : lastReconcile;
                lastMaintain = maintain ? now : lastMaintain;
                report(pass, full);
                signal.await(rhythm.tick());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A failed write (a full disk, say) can lose index entries the database counts as done: only a full
                // pass finds them, so the next pass is one, and it runs on a reopened index writer.
                lastReconcile = now - reconcileNanos;
                log.warn("a pass after a store failed; a full pass follows at the next wake or tick", e);
                try {
                    signal.await(rhythm.tick());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private static void report(Pass pass, boolean full) {
        Enrichment.Progress p = pass.enriched();
        if (full) {
            log.info(
                    "search index reconciled: {} embedded, {} indexed, {} removed",
                    p.embedded(),
                    p.indexed(),
                    p.removed());
        } else if (p.indexed() > 0) {
            log.info("enriched {} articles ({} embedded)", p.indexed(), p.embedded());
        }
    }

    /**
     * Stops the pipeline, letting a pass in progress end at its next article batch, and waits (up to 30 s) for it. The
     * thread is not interrupted: an interrupted Lucene write can close the index's files under it.
     */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = thread;
        }
        enrichment.close();
        signal.wake();
        if (running.getState() == Thread.State.NEW) {
            return;
        }
        try {
            running.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
