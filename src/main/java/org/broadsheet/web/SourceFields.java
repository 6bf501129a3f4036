package org.broadsheet.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks on a new source's fields, shared by the "Add a feed" form and {@code broadsheet sources add} so that
 * both accept the same values. Each answers the problem as a sentence the operator can act on, or nothing when the
 * value is fine; country and language are optional, so a blank value is fine.
 */
public final class SourceFields {
    /** The longest feed address accepted, in characters. */
    public static final int MAX_URL = 2048;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private SourceFields() {}

    /** What is wrong with {@code feedUrl}, which must be an absolute http or https address; empty when it is fine. */
    public static Optional<String> feedUrlProblem(String feedUrl) {
        String url = feedUrl.strip();
        if (url.isEmpty()) {
            return Optional.of("Enter the address of the feed.");
        }
        if (url.length() > MAX_URL || parseHttpUrl(url) == null) {
            return Optional.of("Enter a full web address starting with http:// or https://.");
        }
        return Optional.empty();
    }

    /** What is wrong with {@code country}, an ISO 3166 alpha-2 code in any case; empty when it is fine or blank. */
    public static Optional<String> countryProblem(String country) {
        if (country.isBlank() || COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of("Use a two-letter country code such as GB, US or NL.");
    }

    /** What is wrong with {@code language}, an ISO 639-1 code in any case; empty when it is fine or blank. */
    public static Optional<String> languageProblem(String language) {
        if (language.isBlank() || LANGUAGES.contains(language.strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of("Use a two-letter language code such as en, fr or nl.");
    }

    /** {@code text} as an absolute http or https URI with a host, or null when it is not one. */
    static @Nullable URI parseHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null && !uri.getHost().isEmpty() ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
