package org.broadsheet.extract;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a page says about itself in its head, JSON-LD and markup, read before the body is cleaned. */
record PageMetadata(
        @Nullable String title,
        @Nullable String byline,
        @Nullable String siteName,
        @Nullable Instant published,
        @Nullable String language,
        @Nullable URI image,
        @Nullable String description,
        @Nullable URI canonicalUrl) {}
