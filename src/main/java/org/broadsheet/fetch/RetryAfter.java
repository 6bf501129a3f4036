package org.broadsheet.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} value: a number of seconds or an HTTP-date (RFC 9110, section 10.2.3). */
final class RetryAfter {
    private RetryAfter() {}

    /**
     * The wait that {@code value} asks for, seen from {@code now}: zero for a date in the past, empty for anything
     * that is neither a non-negative number of seconds nor an HTTP-date.
     */
    static Optional<Duration> parse(String value, Instant now) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // More than 18 digits would overflow; nobody means to wait that long, so cap it.
            return Optional.of(
                    text.length() > 18 ? Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L) : seconds(text));
        }
        try {
            // RFC_1123_DATE_TIME reads IMF-fixdate, the form servers must send; the obsolete forms are not worth it.
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration seconds(String digits) {
        return Duration.ofSeconds(Long.parseLong(digits));
    }
}
