package org.broadsheet.sync;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per app password: {@code capacity} requests at once, refilled at {@code perSecond}. A reader app's
 * sync is a burst of a few dozen requests every few minutes, well inside the defaults; a runaway loop is not.
 */
public final class RateLimiter {
    /** A limiter with the defaults: bursts of 300 requests, 5 a second after that. */
    public static RateLimiter perAppPassword() {
        return new RateLimiter(300, 5, System::nanoTime);
    }

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    /** A limiter allowing bursts of {@code capacity} requests and {@code perSecond} on average, timed by the clock. */
    public RateLimiter(int capacity, double perSecond, LongSupplier nanoTime) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("capacity and perSecond must be positive");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the bucket of {@code key}; false when it is empty. */
    public boolean tryAcquire(long key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
