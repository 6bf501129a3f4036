package org.broadsheet.store;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs each write in its own transaction and counts changes for the caches that key on {@link Database#version()}.
 *
 * <p>SQLite has one writer at a time. Writers that wait for its lock do so inside native code, which pins the carrier
 * of a virtual thread; with a few polls writing at once on a 2-core machine the thread holding the lock could then
 * find no carrier to finish on. So on SQLite this process's writers queue on a Java lock first, where waiting virtual
 * threads unmount; SQLite's busy timeout is left for other processes. PostgreSQL needs no such queue.
 */
final class Writes {
    private final Jdbi jdbi;
    private final AtomicLong version;
    private final ReentrantLock lock;
    private final boolean serial;

    Writes(Jdbi jdbi, AtomicLong version, boolean serial) {
        this.jdbi = jdbi;
        this.version = version;
        this.serial = serial;
        this.lock = new ReentrantLock(true);
    }

    /** Runs {@code work} in a transaction and returns its result, without counting a change. */
    <T> T transaction(HandleCallback<T, RuntimeException> work) {
        if (!serial) {
            return jdbi.inTransaction(work);
        }
        lock.lock();
        try {
            return jdbi.inTransaction(work);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in a transaction and counts it as a change. */
    <T> T change(HandleCallback<T, RuntimeException> work) {
        T result = transaction(work);
        version.incrementAndGet();
        return result;
    }

    /** Counts a change made by a {@link #transaction}. */
    void changed() {
        version.incrementAndGet();
    }
}
