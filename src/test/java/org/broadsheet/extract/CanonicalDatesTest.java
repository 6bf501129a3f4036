package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class CanonicalDatesTest {
    /** Where the hand-written reader answers, the general path (clean-ups and the ISO formatter) agrees. */
    @Property(tries = 3000)
    void readsWhatTheGeneralPathReadsAndNothingElse(@ForAll("dates") String s) {
        Instant fast = CanonicalDates.parse(s);
        if (fast != null) {
            assertThat(fast).as(s).isEqualTo(DateParser.parseLoosely(s));
        }
        Statistics.collect(fast != null);
        // The generator must give the reader enough strings it reads, or the property would prove little.
        Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
    }

    @Example
    void readsTheCommonShapes() {
        assertThat(CanonicalDates.parse("2024-05-03")).isEqualTo(Instant.parse("2024-05-03T00:00:00Z"));
        assertThat(CanonicalDates.parse("2024-05-03T10:15")).isEqualTo(Instant.parse("2024-05-03T10:15:00Z"));
        assertThat(CanonicalDates.parse("2024-05-03T10:15:30Z")).isEqualTo(Instant.parse("2024-05-03T10:15:30Z"));
        assertThat(CanonicalDates.parse("2024-05-03T10:15:30.5+02:00"))
                .isEqualTo(Instant.parse("2024-05-03T08:15:30.500Z"));
        assertThat(CanonicalDates.parse("2024-02-29T23:59:59.123456789-05:30"))
                .isEqualTo(Instant.parse("2024-03-01T05:29:59.123456789Z"));
    }

    @Example
    void leavesOtherShapesAndOutOfRangeFieldsToTheGeneralPath() {
        for (String s : new String[] {
            "2023-02-29",
            "2024-13-01",
            "2024-05-03T24:00",
            "2024-05-03T10:15:60Z",
            "2024-05-03t10:15Z",
            "2024-05-03T10:15z",
            "2024-05-03T10:15+0200",
            "2024-05-03T10:15+02",
            "2024-05-03 10:15",
            "2024-05-03T10:15:30.",
            "2024-05-03T10:15:30.1234567890",
            "2024-05-03T10:15+18:01",
            "+2024-05-03",
            "20240503",
            "2024-05-03T10",
            "2024-05-03T10:15 UTC"
        }) {
            assertThat(CanonicalDates.parse(s)).as(s).isNull();
        }
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> date = Combinators.combine(
                        Arbitraries.integers().between(0, 9999),
                        Arbitraries.integers().between(0, 13),
                        Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> time = Combinators.combine(
                        Arbitraries.integers().between(0, 25),
                        Arbitraries.integers().between(0, 61),
                        Arbitraries.of("", ":00", ":59", ":60", ":7"),
                        Arbitraries.of("", ".", ".5", ".123", ".123456789", ".1234567890", ",5"))
                .as((h, m, s, f) -> String.format("T%02d:%02d%s%s", h, m, s, s.isEmpty() ? "" : f));
        Arbitrary<String> zone = Arbitraries.oneOf(
                Arbitraries.of("", "Z", "z", "+0100", "+01", " UTC", "-00:00"),
                Combinators.combine(
                                Arbitraries.of('+', '-'),
                                Arbitraries.integers().between(0, 19),
                                Arbitraries.integers().between(0, 61))
                        .as((sign, h, m) -> String.format("%c%02d:%02d", sign, h, m)));
        return Arbitraries.oneOf(
                date,
                Combinators.combine(date, time, zone).as((d, t, z) -> d + t + z),
                Combinators.combine(date, time).as((d, t) -> d + t));
    }
}
