package org.broadsheet.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats instants for readers in one time zone: a day-month-year date, a date and time, and "3 hours ago". */
public final class TimeDisplay {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final ZoneId zone;
    private final Clock clock;

    public TimeDisplay(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** The date in the configured zone, as {@code dd-MM-yyyy}. */
    public String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }

    /** The date and time of day in the configured zone, as {@code dd-MM-yyyy HH:mm}. */
    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** ISO-8601 with the configured zone's offset, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /**
     * How long ago {@code instant} was: "just now", "1 minute ago", "3 hours ago", "2 days ago", "5 months ago",
     * "2 years ago". Instants in the future (clock skew between publishers) read "just now"; a future poll reads
     * "in 4 minutes" through {@link #relativeFuture(Instant)}.
     */
    public String relative(Instant instant) {
        Duration age = Duration.between(instant, clock.instant());
        if (age.toSeconds() < 60) {
            return "just now";
        }
        return span(age) + " ago";
    }

    /** "in 4 minutes", or "now" when {@code instant} is not in the future. */
    public String relativeFuture(Instant instant) {
        Duration wait = Duration.between(clock.instant(), instant);
        if (wait.toSeconds() < 60) {
            return "now";
        }
        return "in " + span(wait);
    }

    private static String span(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        long hours = d.toHours();
        if (hours < 24) {
            return plural(hours, "hour");
        }
        long days = d.toDays();
        if (days < 30) {
            return plural(days, "day");
        }
        if (days < 365) {
            return plural(days / 30, "month");
        }
        return plural(days / 365, "year");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
