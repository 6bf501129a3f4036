package org.broadsheet.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewSource;
import org.jspecify.annotations.Nullable;

/**
 * The operator's "Add a feed" form as entered, kept verbatim so that a rejected form is shown again with its values.
 *
 * @param feedUrl required; an absolute http or https address
 * @param name required; at most {@link #MAX_NAME} characters
 * @param country optional; an ISO 3166 alpha-2 code such as "NL"
 * @param language optional; an ISO 639-1 code such as "nl"
 * @param display "full" or "excerpt"
 * @param force whether to add the address as entered even when it cannot be fetched or holds no feed now
 */
public record AddSourceForm(
        String feedUrl, String name, String country, String language, String display, boolean force) {
    /** The longest name accepted. */
    public static final int MAX_NAME = 200;

    /** A form that asks for nothing to be forced. */
    public AddSourceForm(String feedUrl, String name, String country, String language, String display) {
        this(feedUrl, name, country, language, display, false);
    }

    /** An empty form: no values, shown in full. */
    public static AddSourceForm empty() {
        return new AddSourceForm("", "", "", "", DisplayPolicy.FULL.code(), false);
    }

    /** The form from submitted values; missing ones count as empty. */
    static AddSourceForm of(
            @Nullable String feedUrl,
            @Nullable String name,
            @Nullable String country,
            @Nullable String language,
            @Nullable String display,
            @Nullable String force) {
        return new AddSourceForm(
                orEmpty(feedUrl),
                orEmpty(name),
                orEmpty(country),
                orEmpty(language),
                orEmpty(display),
                force != null && !force.isEmpty());
    }

    /** What is wrong, by field name ("feedUrl", "name", "country", "language", "display"); empty when valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        SourceFields.feedUrlProblem(feedUrl).ifPresent(problem -> problems.put("feedUrl", problem));
        if (name.isBlank()) {
            problems.put("name", "Enter the outlet's name.");
        } else if (name.strip().length() > MAX_NAME) {
            problems.put("name", "Use at most " + MAX_NAME + " characters.");
        }
        SourceFields.countryProblem(country).ifPresent(problem -> problems.put("country", problem));
        SourceFields.languageProblem(language).ifPresent(problem -> problems.put("language", problem));
        try {
            DisplayPolicy.parse(display);
        } catch (IllegalArgumentException e) {
            problems.put("display", "Choose full or excerpt.");
        }
        return problems;
    }

    /** The source to add; call only when {@link #problems()} is empty. */
    NewSource toNewSource() {
        return toNewSource(url());
    }

    /** The address entered, parsed; call only when {@link #problems()} is empty. */
    URI url() {
        URI url = SourceFields.parseHttpUrl(feedUrl.strip());
        if (url == null || !problems().isEmpty()) {
            throw new IllegalStateException("the form has problems: " + problems());
        }
        return url;
    }

    /**
     * The source to add with {@code feedUrl} (the address entered, or the feed found there) as its feed; call only
     * when {@link #problems()} is empty.
     */
    NewSource toNewSource(URI feedUrl) {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("the form has problems: " + problems());
        }
        return NewSource.of(name.strip(), feedUrl)
                .withCountry(country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT))
                .withLanguage(language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT))
                .withDisplay(DisplayPolicy.parse(display));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
