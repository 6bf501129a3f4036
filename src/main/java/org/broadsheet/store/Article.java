package org.broadsheet.store;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored article. {@code html} is already sanitised; {@code text} is plain text with paragraphs separated by a
 * blank line; {@code guid} is the feed entry's identity within its source; {@code contentFlag} says why the body may be
 * incomplete (null when nothing looks wrong).
 */
public record Article(
        long id,
        long sourceId,
        URI url,
        @Nullable URI canonicalUrl,
        String guid,
        String title,
        @Nullable String byline,
        @Nullable Instant published,
        @Nullable Instant updated,
        Instant fetched,
        @Nullable String language,
        String text,
        String html,
        String excerpt,
        @Nullable URI image,
        int wordCount,
        String contentHash,
        @Nullable ContentFlag contentFlag) {

    /** The time the article is sorted and shown by: its publication time, or when it was fetched if it has none. */
    public Instant sortTime() {
        return published != null ? published : fetched;
    }

    /**
     * The language the article is read in: its own, else its source's ({@code source} may be null when the outlet is
     * gone); null when neither is known.
     */
    public @Nullable String languageOr(@Nullable Source source) {
        return language != null ? language : source == null ? null : source.language();
    }
}
