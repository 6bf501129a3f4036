package org.broadsheet.store;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A publisher's feed as stored: identity, how to show its articles, how often to poll it, the validators of the last
 * response for conditional GET, its health and its
 * category, a folder path such as {@code World/Europe}.
 */
public record Source(
        long id,
        String name,
        @Nullable URI homepage,
        URI feedUrl,
        @Nullable String country,
        @Nullable String language,
        DisplayPolicy display,
        Duration pollInterval,
        boolean paused,
        @Nullable String etag,
        @Nullable String lastModified,
        SourceHealth health,
        Instant created,
        @Nullable String category) {}
