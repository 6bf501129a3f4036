package org.broadsheet.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * When to poll a source again after a success, from its publishing rhythm: the median gap between its most recent
 * publication times, within {@link #MIN} and {@link #MAX}. A source that has been quiet for much longer than its rhythm
 * is polled at a quarter of its silence instead, so that a feed that published a burst long ago is not polled every few
 * minutes for ever. With fewer than {@link #MIN_DATED} dated entries the source's configured interval is used.
 */
final class PollRhythm {
    static final Duration MIN = Duration.ofMinutes(5);
    static final Duration MAX = Duration.ofHours(24);
    static final int MIN_DATED = 3;
    static final int RECENT = 10;

    /** The interval chosen and the reason, in words an operator reads on the source page. */
    record Next(Duration interval, String reason) {}

    private PollRhythm() {}

    /** The next interval for a source configured with {@code configured} whose recent entries were published at these times. */
    static Next after(Duration configured, Collection<Instant> published, Instant now) {
        List<Instant> times = new ArrayList<>();
        for (Instant t : published) {
            if (!t.isAfter(now)) {
                times.add(t); // a date in the future says nothing about the rhythm
            }
        }
        times.sort(java.util.Comparator.reverseOrder());
        if (times.size() > RECENT) {
            times = times.subList(0, RECENT);
        }
        if (times.size() < MIN_DATED) {
            return new Next(
                    configured,
                    "configured interval of " + words(configured) + " (fewer than " + MIN_DATED
                            + " dated entries to learn a rhythm from)");
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(Duration.between(times.get(i), times.get(i - 1)).toSeconds());
        }
        gaps.sort(Long::compare);
        int n = gaps.size();
        long medianSeconds = n % 2 == 1 ? gaps.get(n / 2) : (gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2;
        Duration median = Duration.ofSeconds(medianSeconds);
        Duration silence = Duration.between(times.get(0), now);
        String reason;
        Duration chosen;
        if (silence.compareTo(median.multipliedBy(4)) > 0
                && silence.dividedBy(4).compareTo(median) > 0) {
            chosen = silence.dividedBy(4);
            reason = "quiet for " + words(silence) + ", longer than its usual gap of " + words(median)
                    + ": a quarter of the silence";
        } else {
            chosen = median;
            reason = "median gap between its last " + times.size() + " entries is " + words(median);
        }
        if (chosen.compareTo(MIN) < 0) {
            return new Next(MIN, reason + ", raised to the minimum of " + words(MIN));
        }
        if (chosen.compareTo(MAX) > 0) {
            return new Next(MAX, reason + ", lowered to the maximum of " + words(MAX));
        }
        return new Next(chosen, reason);
    }

    /** "5 min", "2 h 30 min", "1 d 2 h": short enough for a table cell. */
    static String words(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append(" d");
        }
        if (hours > 0) {
            out.append(out.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (mins > 0 || out.isEmpty()) {
            out.append(out.isEmpty() ? "" : " ").append(mins).append(" min");
        }
        return out.toString();
    }
}
