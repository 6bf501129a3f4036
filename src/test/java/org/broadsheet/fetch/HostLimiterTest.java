package org.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostLimiterTest {
    /** A clock that only moves when someone sleeps on it, and remembers each sleep. */
    private final AtomicLong now = new AtomicLong(1_000);

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final HostLimiter.Sleeper sleeper = duration -> {
        sleeps.add(duration);
        now.addAndGet(duration.toNanos());
    };

    @Test
    void neverRunsMoreThanTheLimitAtOnceForOneHost() throws Exception {
        HostLimiter limiter = new HostLimiter(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                threads.submit(() -> {
                    try (HostLimiter.Permit permit = limiter.acquire("example.org", Duration.ZERO)) {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(1);
                        running.decrementAndGet();
                    }
                    return null;
                });
            }
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue(); // hang guard only
        }
        assertThat(most.get()).isPositive().isLessThanOrEqualTo(2);
    }

    @Test
    void spacesTheStartsOfRequestsToOneHost() throws Exception {
        HostLimiter limiter = new HostLimiter(2, now::get, sleeper);

        for (int i = 0; i < 3; i++) {
            limiter.acquire("example.org", Duration.ofSeconds(1)).close();
        }

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void waitsOnlyForWhatIsLeftOfTheDelay() throws Exception {
        HostLimiter limiter = new HostLimiter(2, now::get, sleeper);

        limiter.acquire("example.org", Duration.ofSeconds(1)).close();
        now.addAndGet(Duration.ofMillis(700).toNanos());
        limiter.acquire("example.org", Duration.ofSeconds(1)).close();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        limiter.acquire("example.org", Duration.ofSeconds(1)).close();

        assertThat(sleeps).containsExactly(Duration.ofMillis(300));
    }

    @Test
    void hostsDoNotWaitForEachOther() throws Exception {
        HostLimiter limiter = new HostLimiter(1, now::get, sleeper);

        try (HostLimiter.Permit a = limiter.acquire("a.example", Duration.ofSeconds(1));
                HostLimiter.Permit b = limiter.acquire("B.example", Duration.ofSeconds(1))) {
            assertThat(sleeps).isEmpty();
        }
    }

    @Test
    void noDelayMeansNoWaiting() throws Exception {
        HostLimiter limiter = new HostLimiter(2, now::get, sleeper);

        for (int i = 0; i < 5; i++) {
            limiter.acquire("127.0.0.1", Duration.ZERO).close();
        }

        assertThat(sleeps).isEmpty();
    }
}
