package org.broadsheet.extract;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The time budget of one extraction. {@link ArticleExtractor} checks it between stages; the loops over a page's
 * elements call {@link #checkpoint()}, which finds the running extraction's deadline in a thread-local: passing it
 * as a parameter through every helper would clutter them all for one rarely taken exit.
 */
final class Deadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    /** Checkpoints read the clock once every this many calls: one per element would cost more than the work. */
    private static final int CLOCK_EVERY = 64;

    /** The deadline of code running outside an extraction: it never expires, and {@link #tick()} ignores it. */
    private static final Deadline NONE = new Deadline(() -> 0, Long.MAX_VALUE);

    private final LongSupplier nanoTime;
    private final long budgetNanos;
    private final long end;
    /** A cheaper clock that never runs slower than {@link #nanoTime}, or null; and when it reaches the budget. */
    private final @Nullable LongSupplier atLeast;

    private final long atLeastEnd;
    private int calls;

    Deadline(LongSupplier nanoTime, long budgetNanos) {
        this(nanoTime, nanoTime, budgetNanos);
    }

    /**
     * A budget of {@code budgetNanos} on {@code nanoTime}; {@code atLeast} is a clock that runs at least as fast (the
     * wall clock for a thread's CPU time), which checks read first: until it has run the budget, {@code nanoTime}
     * cannot have either.
     */
    Deadline(LongSupplier nanoTime, LongSupplier atLeast, long budgetNanos) {
        this.nanoTime = nanoTime;
        this.budgetNanos = budgetNanos;
        this.end = nanoTime.getAsLong() + budgetNanos;
        this.atLeast = atLeast == nanoTime ? null : atLeast;
        this.atLeastEnd = atLeast == nanoTime ? 0 : atLeast.getAsLong() + budgetNanos;
    }

    /** Runs {@code work} with this deadline as the current thread's, for {@link #checkpoint()}. */
    <T> T enforce(Supplier<T> work) {
        Deadline outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** Throws {@link Expired} once the budget is spent. */
    void check() {
        if (atLeast != null && atLeast.getAsLong() - atLeastEnd <= 0) {
            return;
        }
        if (nanoTime.getAsLong() - end > 0) {
            throw new Expired(budgetNanos / 1_000_000);
        }
    }

    /** Checks the current thread's deadline, if an extraction is running; cheap enough to call once per element. */
    static void checkpoint() {
        current().tick();
    }

    /**
     * The current thread's deadline, or one that never expires when no extraction is running: a pass over every node
     * of a page takes it once and calls {@link #tick()} per node, which costs less than {@link #checkpoint()}'s
     * thread-local look-up each time.
     */
    static Deadline current() {
        Deadline current = CURRENT.get();
        return current != null ? current : NONE;
    }

    /** As {@link #checkpoint()}, on this deadline. */
    void tick() {
        if (this != NONE && ++calls % CLOCK_EVERY == 0) {
            check();
        }
    }

    /** Checks the current thread's deadline now, if an extraction is running: for coarse steps such as parser reads. */
    static void checkNow() {
        current().check();
    }

    /**
     * Thrown from deep inside a stage to abandon the extraction; {@link ArticleExtractor} turns it into a
     * {@link ExtractionFailure#TIMED_OUT}. Unchecked so that the loops need not declare it.
     */
    static final class Expired extends RuntimeException {
        Expired(long budgetMillis) {
            super("extraction took more than " + budgetMillis + " ms of CPU time", null, false, false);
        }
    }
}
