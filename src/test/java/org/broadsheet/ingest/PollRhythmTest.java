package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollRhythmTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration CONFIGURED = Duration.ofMinutes(15);

    private static List<Instant> every(Duration gap, int count, Instant newest) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(newest.minus(gap.multipliedBy(i)));
        }
        return times;
    }

    @Test
    void pollsAtTheMedianGapBetweenRecentEntries() {
        List<Instant> times = new ArrayList<>(every(Duration.ofHours(2), 6, NOW.minusSeconds(600)));
        times.add(NOW.minus(Duration.ofDays(40))); // one old outlier gap does not move the median

        PollRhythm.Next next = PollRhythm.after(CONFIGURED, times, NOW);

        assertThat(next.interval()).isEqualTo(Duration.ofHours(2));
        assertThat(next.reason()).isEqualTo("median gap between its last 7 entries is 2 h");
    }

    @Test
    void keepsTheConfiguredIntervalWithTooFewDatedEntries() {
        PollRhythm.Next next = PollRhythm.after(CONFIGURED, List.of(NOW.minusSeconds(60), NOW.minusSeconds(7200)), NOW);

        assertThat(next.interval()).isEqualTo(CONFIGURED);
        assertThat(next.reason()).startsWith("configured interval of 15 min");
    }

    @Test
    void staysWithinFiveMinutesAndOneDay() {
        PollRhythm.Next busy = PollRhythm.after(CONFIGURED, every(Duration.ofSeconds(30), 10, NOW), NOW);
        PollRhythm.Next weekly = PollRhythm.after(CONFIGURED, every(Duration.ofDays(7), 5, NOW.minusSeconds(60)), NOW);

        assertThat(busy.interval()).isEqualTo(Duration.ofMinutes(5));
        assertThat(busy.reason()).endsWith("raised to the minimum of 5 min");
        assertThat(weekly.interval()).isEqualTo(Duration.ofHours(24));
        assertThat(weekly.reason()).endsWith("lowered to the maximum of 1 d");
    }

    @Test
    void slowsDownForAFeedThatWentQuietAfterABurst() {
        // Ten entries a minute apart, three days ago.
        PollRhythm.Next next =
                PollRhythm.after(CONFIGURED, every(Duration.ofMinutes(1), 10, NOW.minus(Duration.ofDays(3))), NOW);

        assertThat(next.interval()).isEqualTo(Duration.ofHours(18));
        assertThat(next.reason()).startsWith("quiet for 3 d, longer than its usual gap of 1 min");
    }

    @Test
    void ignoresDatesInTheFutureAndLooksAtTheTenNewest() {
        List<Instant> times = new ArrayList<>(every(Duration.ofHours(1), 10, NOW.minusSeconds(60)));
        times.addAll(every(Duration.ofMinutes(1), 20, NOW.minus(Duration.ofDays(2))));
        times.add(NOW.plus(Duration.ofDays(365)));

        PollRhythm.Next next = PollRhythm.after(CONFIGURED, times, NOW);

        assertThat(next.interval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void writesDurationsShortly() {
        assertThat(PollRhythm.words(Duration.ofMinutes(150))).isEqualTo("2 h 30 min");
        assertThat(PollRhythm.words(Duration.ofHours(26))).isEqualTo("1 d 2 h");
        assertThat(PollRhythm.words(Duration.ofSeconds(20))).isEqualTo("0 min");
    }
}
