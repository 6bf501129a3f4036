package org.broadsheet.search;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of one article: identity and the content hash it was indexed from (to notice stale entries),
 * the text to search, the filters, and its embedding.
 *
 * @param time the article's sort time (publication time, else fetch time)
 * @param language a lower-case ISO 639-1 code such as "en", or null when unknown
 * @param country the outlet's country code, or null
 * @param excerpt a short plain-text excerpt shown in results
 * @param text the plain-text body; only its opening is kept for snippets
 * @param vector the unit-length embedding, or null when the article has none (a blank text)
 */
public record IndexedArticle(
        long id,
        String contentHash,
        long sourceId,
        String outlet,
        @Nullable String country,
        @Nullable String language,
        Instant time,
        String title,
        String excerpt,
        String text,
        float @Nullable [] vector) {

    public IndexedArticle {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(text, "text");
    }
}
