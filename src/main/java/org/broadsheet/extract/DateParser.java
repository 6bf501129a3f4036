package org.broadsheet.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one lenient parser of the dates pages and feeds carry: ISO-8601 with or without a zone ({@code Z},
 * {@code +01:00}, {@code +0100}, {@code +01}), with a space instead of {@code T}, date only, RFC 1123 (with the North
 * American zone names RFC 822 allows), or RFC 822 without a zone or a day's name. A missing zone means UTC. The feed
 * parser asks it for the dates ROME refuses, the extractor for a page's publication and modification times.
 */
public final class DateParser {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:)");
    private static final Pattern SPACE_BEFORE_ZONE = Pattern.compile("\\s+(?=[+-]\\d{2}:?\\d{0,2}$|Z$)");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern HOURS_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?[+-]\\d{2})$");
    private static final Pattern NAMED_UTC = Pattern.compile("\\s*(?:UTC|GMT)$");

    /** The zone names RFC 822 allows besides GMT (North American zones), which RFC 1123 parsing lacks. */
    private static final Map<String, String> ZONES = Map.of(
            "UT", "GMT",
            "UTC", "GMT",
            "EST", "-0500",
            "EDT", "-0400",
            "CST", "-0600",
            "CDT", "-0500",
            "MST", "-0700",
            "MDT", "-0600",
            "PST", "-0800",
            "PDT", "-0700");

    private static final Pattern NAMED_ZONE = Pattern.compile("\\s+(UTC?|[ECMP][SD]T)$");

    /** RFC 822 without a zone, the day's name optional: "Tue, 14 May 2024 07:45:00", "14 May 2024 07:45". */
    private static final DateTimeFormatter RFC_822_WITHOUT_ZONE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("[EEE, ][EEEE, ]d MMM uuuu HH:mm[:ss]")
            .toFormatter(Locale.US);

    /** What {@link #RFC_822_WITHOUT_ZONE} can read starts so; anything else would only throw. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(?:\\p{L}+,\\s*)?\\d{1,2}\\s+\\p{L}{3}");

    private DateParser() {}

    /** Returns the instant {@code value} names, or null when it is not a date this parser understands. */
    public static @Nullable Instant parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        Instant canonical = CanonicalDates.parse(s);
        return canonical != null ? canonical : parseLoosely(s);
    }

    /**
     * The general path of {@link #parse}, for {@code s} already stripped, not empty and short: clean-ups, then RFC
     * 1123, RFC 822 without a zone or the ISO formatter. It gives the same instant as {@link CanonicalDates} on every
     * string that reads.
     */
    static @Nullable Instant parseLoosely(String s) {
        Instant rfc = parseRfc1123(s);
        if (rfc != null) {
            return rfc;
        }
        if (DAY_MONTH_YEAR.matcher(s).find()) {
            try {
                return LocalDateTime.parse(s, RFC_822_WITHOUT_ZONE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        s = SPACE_BEFORE_TIME.matcher(s).replaceFirst("$1T$2");
        s = NAMED_UTC.matcher(s).replaceFirst("Z");
        s = SPACE_BEFORE_ZONE.matcher(s).replaceFirst("");
        if (s.indexOf('T') > 0) {
            s = COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2");
            s = HOURS_OFFSET.matcher(s).replaceFirst("$1:00");
        }
        s = s.replace(',', '.');
        // The formatter starts with a year, digits or a sign: anything else would only throw.
        char first = s.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '+' && first != '-') {
            return null;
        }
        try {
            // What parseBest(OffsetDateTime::from, LocalDateTime::from, LocalDate::from) gives, without the exceptions
            // it throws and catches for each query that does not fit.
            TemporalAccessor parsed = ISO.parse(s);
            LocalDate date = parsed.query(TemporalQueries.localDate());
            LocalTime time = parsed.query(TemporalQueries.localTime());
            ZoneOffset offset = parsed.query(TemporalQueries.offset());
            if (date == null) {
                return null;
            }
            if (time == null) {
                return date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return offset == null
                    ? LocalDateTime.of(date, time).toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.of(date, time, offset).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Instant parseRfc1123(String s) {
        // Starting with a letter, RFC 1123 starts with a day's three-letter name and a comma.
        if (s.length() < 5 || !Character.isLetter(s.charAt(0)) || s.charAt(3) != ',') {
            return null;
        }
        Matcher zone = NAMED_ZONE.matcher(s);
        String withOffset = zone.find() ? s.substring(0, zone.start()) + " " + ZONES.get(zone.group(1)) : s;
        try {
            return OffsetDateTime.parse(withOffset, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
