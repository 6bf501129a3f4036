package org.broadsheet.store;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What is needed to add a source; build one with {@link #of(String, URI)} and the {@code with...} methods. */
public record NewSource(
        String name,
        @Nullable URI homepage,
        URI feedUrl,
        @Nullable String country,
        @Nullable String language,
        DisplayPolicy display,
        Duration pollInterval) {

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
    }

    /** A source shown in full, polled every {@link #DEFAULT_POLL_INTERVAL}, with no homepage, country or language. */
    public static NewSource of(String name, URI feedUrl) {
        return new NewSource(name, null, feedUrl, null, null, DisplayPolicy.FULL, DEFAULT_POLL_INTERVAL);
    }

    public NewSource withHomepage(@Nullable URI value) {
        return new NewSource(name, value, feedUrl, country, language, display, pollInterval);
    }

    public NewSource withCountry(@Nullable String value) {
        return new NewSource(name, homepage, feedUrl, value, language, display, pollInterval);
    }

    public NewSource withLanguage(@Nullable String value) {
        return new NewSource(name, homepage, feedUrl, country, value, display, pollInterval);
    }

    public NewSource withDisplay(DisplayPolicy value) {
        return new NewSource(name, homepage, feedUrl, country, language, value, pollInterval);
    }

    public NewSource withPollInterval(Duration value) {
        return new NewSource(name, homepage, feedUrl, country, language, display, value);
    }
}
