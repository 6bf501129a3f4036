package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebTimeDisplayTest {
    static final Instant NOW = Instant.parse("2025-07-13T22:30:00Z");
    final TimeDisplay utc = new TimeDisplay(ZoneId.of("UTC"), Clock.fixed(NOW, ZoneOffset.UTC));

    String ago(Duration d) {
        return utc.relative(NOW.minus(d));
    }

    @Test
    void saysHowLongAgoInTheLargestWholeUnit() {
        assertThat(ago(Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(ago(Duration.ofSeconds(-300))).isEqualTo("just now");
        assertThat(ago(Duration.ofSeconds(61))).isEqualTo("1 minute ago");
        assertThat(ago(Duration.ofMinutes(21))).isEqualTo("21 minutes ago");
        assertThat(ago(Duration.ofMinutes(59))).isEqualTo("59 minutes ago");
        assertThat(ago(Duration.ofMinutes(61))).isEqualTo("1 hour ago");
        assertThat(ago(Duration.ofHours(3))).isEqualTo("3 hours ago");
        assertThat(ago(Duration.ofDays(2))).isEqualTo("2 days ago");
        assertThat(ago(Duration.ofDays(65))).isEqualTo("2 months ago");
        assertThat(ago(Duration.ofDays(800))).isEqualTo("2 years ago");
        assertThat(utc.relativeFuture(NOW.plus(Duration.ofMinutes(4)).plusSeconds(5)))
                .isEqualTo("in 4 minutes");
    }

    @Test
    void formatsDatesAsDayMonthYearInTheConfiguredZone() {
        assertThat(utc.date(NOW)).isEqualTo("13-07-2025");
        TimeDisplay amsterdam = new TimeDisplay(ZoneId.of("Europe/Amsterdam"), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(amsterdam.date(NOW)).isEqualTo("14-07-2025");
        assertThat(amsterdam.dateTime(NOW)).isEqualTo("14-07-2025 00:30");
        assertThat(amsterdam.iso(NOW)).isEqualTo("2025-07-14T00:30:00+02:00");
    }
}
