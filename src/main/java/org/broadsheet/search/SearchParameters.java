package org.broadsheet.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link SearchRequest} from request parameters, the same way for the search page and the API: {@code q},
 * {@code source} (an outlet id), {@code language} and {@code country} (two- or three-letter codes), {@code from} and
 * {@code to} (a date {@code 2026-11-28}, whole days in UTC, or an ISO-8601 instant), {@code sort}
 * ({@code relevance} or {@code newest}) and {@code page} (from 1). Empty parameters count as absent.
 */
public final class SearchParameters {
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?");

    private SearchParameters() {}

    /**
     * @param param a request's parameter by name, or null when absent
     * @throws BadParameterException naming the first parameter that is malformed
     */
    public static SearchRequest read(Function<String, @Nullable String> param, int pageSize) {
        String q = value(param, "q");
        Long source = id(value(param, "source"));
        String language = code("language", value(param, "language"));
        String country = code("country", value(param, "country"));
        Instant from = time("from", value(param, "from"), false);
        Instant to = time("to", value(param, "to"), true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("to", "'to' must not be before 'from'.");
        }
        SearchRequest.Sort sort = sort(value(param, "sort"));
        int page = page(value(param, "page"));
        return new SearchRequest(q == null ? "" : q, source, language, country, from, to, sort, page, pageSize);
    }

    private static @Nullable String value(Function<String, @Nullable String> param, String name) {
        String v = param.apply(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static @Nullable Long id(@Nullable String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) == 0) {
            throw new BadParameterException("source", "'source' must be an outlet's id, a positive whole number.");
        }
        return Long.parseLong(text);
    }

    private static @Nullable String code(String name, @Nullable String text) {
        if (text == null) {
            return null;
        }
        if (!CODE.matcher(text).matches()) {
            throw new BadParameterException(name, "'" + name + "' must be a code such as \"en\" or \"de\".");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static @Nullable Instant time(String name, @Nullable String text, boolean endOfDay) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                // The site writes dates as dd-mm-yyyy; the ISO form stays accepted for API clients and old links.
                LocalDate day = Character.isDigit(text.charAt(2))
                        ? LocalDate.parse(text)
                        : LocalDate.parse(text, DAY_MONTH_YEAR);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .minusMillis(endOfDay ? 1 : 0);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + name + "' must be a date such as 28-11-2026 (or 2026-11-28).");
        }
    }

    private static SearchRequest.Sort sort(@Nullable String text) {
        if (text == null || text.equalsIgnoreCase("relevance")) {
            return SearchRequest.Sort.RELEVANCE;
        }
        if (text.equalsIgnoreCase("newest")) {
            return SearchRequest.Sort.NEWEST;
        }
        throw new BadParameterException("sort", "'sort' must be \"relevance\" or \"newest\".");
    }

    private static int page(@Nullable String text) {
        if (text == null) {
            return 1;
        }
        if (!text.matches("[0-9]{1,3}")
                || Integer.parseInt(text) < 1
                || Integer.parseInt(text) > SearchRequest.MAX_PAGE) {
            throw new BadParameterException(
                    "page", "'page' must be a whole number from 1 to " + SearchRequest.MAX_PAGE + ".");
        }
        return Integer.parseInt(text);
    }
}
