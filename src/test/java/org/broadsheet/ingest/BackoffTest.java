package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofHours(24));

    @Test
    void doublesTheWaitWithEachFailure() {
        Duration interval = Duration.ofMinutes(10);
        Instant first = backoff.afterFailure(NOW, interval, 1);
        Instant third = backoff.afterFailure(NOW, interval, 3);

        assertThat(Duration.between(NOW, first)).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(12));
        assertThat(Duration.between(NOW, third)).isBetween(Duration.ofMinutes(40), Duration.ofMinutes(48));
    }

    @Property
    void neverWaitsLongerThanTheCapNorGivesUp(@ForAll @IntRange(min = 1, max = 10_000) int failures) {
        Duration wait = Duration.between(NOW, backoff.afterFailure(NOW, Duration.ofMinutes(15), failures));

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(24));
    }
}
