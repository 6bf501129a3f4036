package org.broadsheet.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Reads the one shape most pages give their dates, {@code 2024-05-03T10:15:30.123+02:00} (time, seconds, fraction and
 * zone each optional, the zone {@code Z} or {@code +HH:MM}), by hand: {@link DateParser}'s clean-ups leave such a
 * string as it is and its formatter reads it to the same instant, but they cost microseconds a page. Anything else,
 * including such a string with an out-of-range field, is left to {@link DateParser} (null here).
 */
final class CanonicalDates {
    private static final int DATE = "2024-05-03".length();
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private CanonicalDates() {}

    /** The instant {@code s} names when it has the canonical shape and valid fields, else null. */
    static @Nullable Instant parse(String s) {
        int n = s.length();
        if (!digits(s, 0, 4) || !at(s, 4, '-') || !digits(s, 5, 7) || !at(s, 7, '-') || !digits(s, 8, 10)) {
            return null;
        }
        int year = number(s, 0, 4);
        int month = number(s, 5, 7);
        int day = number(s, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        if (n == DATE) {
            return LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        // T HH:MM, then optionally :SS and .fraction (one to nine digits), then optionally Z or +HH:MM.
        if (!at(s, 10, 'T') || !digits(s, 11, 13) || !at(s, 13, ':') || !digits(s, 14, 16)) {
            return null;
        }
        int hour = number(s, 11, 13);
        int minute = number(s, 14, 16);
        int second = 0;
        int nano = 0;
        int i = 16;
        if (at(s, i, ':')) {
            if (!digits(s, i + 1, i + 3)) {
                return null;
            }
            second = number(s, i + 1, i + 3);
            i += 3;
            if (at(s, i, '.')) {
                int end = i + 1;
                while (end < n && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
                    end++;
                }
                int count = end - i - 1;
                if (count < 1 || count > 9) {
                    return null;
                }
                nano = number(s, i + 1, end) * POWERS_OF_TEN[9 - count];
                i = end;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        if (i == n || i + 1 == n && s.charAt(i) == 'Z') {
            return local.toInstant(ZoneOffset.UTC);
        }
        boolean sign = at(s, i, '+') || at(s, i, '-');
        if (i + 6 != n || !sign || !digits(s, i + 1, i + 3) || !at(s, i + 3, ':') || !digits(s, i + 4, i + 6)) {
            return null;
        }
        int hours = number(s, i + 1, i + 3);
        int minutes = number(s, i + 4, i + 6);
        if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
            return null;
        }
        int seconds = (hours * 3600 + minutes * 60) * (s.charAt(i) == '-' ? -1 : 1);
        return local.toInstant(ZoneOffset.ofTotalSeconds(seconds));
    }

    private static boolean at(String s, int index, char c) {
        return index < s.length() && s.charAt(index) == c;
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + s.charAt(i) - '0';
        }
        return value;
    }
}
