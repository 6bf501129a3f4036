package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The search page: the form as the reader filled it in, an error to show beside a field, and a page of results.
 *
 * @param errorField the form field the error belongs to ("q", "from", ...), or null
 * @param searched whether a query was run (false for the empty form and for errors)
 */
public record SearchPage(
        Layout layout,
        Form form,
        @Nullable String error,
        @Nullable String errorField,
        boolean searched,
        long total,
        List<Result> results,
        @Nullable String previousHref,
        @Nullable String nextHref,
        List<Option> sources,
        List<Option> languages,
        List<Option> countries) {

    /** What the reader typed and chose, to fill the form in again. */
    public record Form(String q, String from, String to, boolean newest) {}

    /** A choice of a select element. */
    public record Option(String value, String label, boolean selected) {}

    /**
     * One result; {@code titleHtml} and {@code snippetHtml} are escaped HTML with {@code <mark>} around matched words.
     *
     * @param semantic found by meaning rather than by its words
     */
    public record Result(
            String href,
            String titleHtml,
            String snippetHtml,
            String outlet,
            String sourceHref,
            String isoTime,
            String relativeTime,
            boolean semantic) {}

    /** True when the error belongs to {@code field}. */
    public boolean errorOn(String field) {
        return error != null && field.equals(errorField);
    }
}
