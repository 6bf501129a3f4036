package org.broadsheet.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Keeps requests to one host within bounds: at most {@code perHost} at once, and their starts spaced by a least delay.
 * Waiting threads park on fair semaphores and locks and sleep without holding a lock, so virtual threads queue cheaply
 * and in arrival order. The table holds one small entry per host ever seen, which is bounded by the sources.
 */
final class HostLimiter {
    /** Sleeps for a while; tests pass one that moves a fake clock instead. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** A slot held for one request; closing it lets the next request to the host in. */
    @FunctionalInterface
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int perHost;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** A limiter on the system's monotonic clock. */
    HostLimiter(int perHost) {
        this(perHost, System::nanoTime, Thread::sleep);
    }

    HostLimiter(int perHost, LongSupplier nanoTime, Sleeper sleeper) {
        if (perHost < 1) {
            throw new IllegalArgumentException("perHost must be at least 1: " + perHost);
        }
        this.perHost = perHost;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * Waits until fewer than {@code perHost} requests to {@code host} are running and at least {@code delay} has
     * passed since the previous request to it started; the caller sends its request, then closes the permit.
     */
    Permit acquire(String host, Duration delay) throws InterruptedException {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(delay, "delay");
        Host state = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Host(perHost));
        state.running.acquire();
        try {
            long wait = state.reserveStart(nanoTime.getAsLong(), delay.isNegative() ? 0 : delay.toNanos());
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException | RuntimeException e) {
            state.running.release();
            throw e;
        }
        return state.running::release;
    }

    private static final class Host {
        final Semaphore running;
        final ReentrantLock lock = new ReentrantLock(true);
        boolean started;
        long nextStart;

        Host(int perHost) {
            running = new Semaphore(perHost, true);
        }

        /** Books the earliest start at or after {@code now} and returns how long to wait for it, in nanoseconds. */
        long reserveStart(long now, long delayNanos) {
            lock.lock();
            try {
                // nanoTime values are compared by their difference, which survives overflow.
                long start = started && nextStart - now > 0 ? nextStart : now;
                started = true;
                nextStart = start + delayNanos;
                return start - now;
            } finally {
                lock.unlock();
            }
        }
    }
}
