package org.broadsheet.feed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The date forms ROME's parser refuses and feeds still use: an ISO date and time with a space for the {@code T}, or
 * without a zone, and an RFC 822 date without a zone. A time without a zone is read as UTC.
 */
final class LenientDates {
    private static final DateTimeFormatter ISO_LIKE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter(Locale.US);

    private static final DateTimeFormatter RFC_822_WITHOUT_ZONE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("[EEE, ][EEEE, ]d MMM uuuu HH:mm[:ss]")
            .toFormatter(Locale.US);

    private static final List<DateTimeFormatter> FORMS = List.of(ISO_LIKE, RFC_822_WITHOUT_ZONE);

    private LenientDates() {}

    /** The instant {@code text} names in one of these forms; null when it is in none of them. */
    static @Nullable Instant parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        for (DateTimeFormatter form : FORMS) {
            try {
                TemporalAccessor parsed = form.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime withOffset
                        ? withOffset.toInstant()
                        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // Not this form: try the next.
            }
        }
        return null;
    }
}
