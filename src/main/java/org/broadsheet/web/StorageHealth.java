package org.broadsheet.web;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Whether storage has room: recognises a failure caused by a full disk (SQLite's {@code SQLITE_FULL}, PostgreSQL's
 * {@code disk_full}, an {@link IOException} "No space left on device") and remembers the last one for the health
 * check, which reports the site degraded for {@link #REMEMBERED} after it.
 */
final class StorageHealth {
    /** How long a write that failed for want of room keeps the site reported as degraded. */
    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private static final int SQLITE_FULL = 13;
    private static final String POSTGRES_DISK_FULL = "53100";

    private final Clock clock;
    private final AtomicReference<@Nullable Instant> lastFull = new AtomicReference<>();

    StorageHealth(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code failure}, or any of its causes, says that the disk (or the database) is full. */
    static boolean isFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && (POSTGRES_DISK_FULL.equals(sql.getSQLState())
                            || (sql.getClass().getName().startsWith("org.sqlite.")
                                    && (sql.getErrorCode() & 0xff) == SQLITE_FULL))) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if ((t instanceof IOException || t instanceof SQLException)
                    && (message.contains("no space left on device")
                            || message.contains("sqlite_full")
                            || message.contains("database or disk is full"))) {
                return true;
            }
        }
        return false;
    }

    /** Notes that a write failed for want of room just now. */
    void noteFull() {
        lastFull.set(clock.instant());
    }

    /** Why storage is failing, if a write failed for want of room in the last {@link #REMEMBERED}. */
    Optional<String> problem() {
        Instant last = lastFull.get();
        if (last == null || last.plus(REMEMBERED).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of("storage: a write failed for want of disk space at " + last);
    }
}
