package org.broadsheet.store;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to add a source; build one with {@link #of(String, URI)} and the {@code with...} methods. The
 * category is a folder path of names separated by {@code /}, such as {@code World/Europe}.
 */
public record NewSource(
        String name,
        @Nullable URI homepage,
        URI feedUrl,
        @Nullable String country,
        @Nullable String language,
        DisplayPolicy display,
        Duration pollInterval,
        @Nullable String category) {

    /** The default poll interval for a new source. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);

    public NewSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(feedUrl, "feedUrl");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        category = normalCategory(category);
    }

    /** A source without a category; kept so that callers written before categories existed still compile. */
    public NewSource(
            String name,
            @Nullable URI homepage,
            URI feedUrl,
            @Nullable String country,
            @Nullable String language,
            DisplayPolicy display,
            Duration pollInterval) {
        this(name, homepage, feedUrl, country, language, display, pollInterval, null);
    }

    /** A source shown in full, polled every {@link #DEFAULT_POLL_INTERVAL}, with no homepage, country or language. */
    public static NewSource of(String name, URI feedUrl) {
        return new NewSource(name, null, feedUrl, null, null, DisplayPolicy.FULL, DEFAULT_POLL_INTERVAL, null);
    }

    public NewSource withHomepage(@Nullable URI value) {
        return new NewSource(name, value, feedUrl, country, language, display, pollInterval, category);
    }

    public NewSource withCountry(@Nullable String value) {
        return new NewSource(name, homepage, feedUrl, value, language, display, pollInterval, category);
    }

    public NewSource withLanguage(@Nullable String value) {
        return new NewSource(name, homepage, feedUrl, country, value, display, pollInterval, category);
    }

    public NewSource withDisplay(DisplayPolicy value) {
        return new NewSource(name, homepage, feedUrl, country, language, value, pollInterval, category);
    }

    public NewSource withPollInterval(Duration value) {
        return new NewSource(name, homepage, feedUrl, country, language, display, value, category);
    }

    /**
     * The folder path, such as {@code World/Europe}; names are stripped, empty ones dropped, and a path with no name
     * left means none.
     */
    public NewSource withCategory(@Nullable String value) {
        return new NewSource(name, homepage, feedUrl, country, language, display, pollInterval, value);
    }

    private static @Nullable String normalCategory(@Nullable String path) {
        if (path == null) {
            return null;
        }
        String joined = Arrays.stream(path.split("/"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining("/"));
        return joined.isEmpty() ? null : joined;
    }
}
