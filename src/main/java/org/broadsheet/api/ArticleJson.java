package org.broadsheet.api;

import java.net.URI;
import java.time.Instant;
import org.broadsheet.store.Article;
import org.jspecify.annotations.Nullable;

/** An article in API lists: everything but the body. */
public record ArticleJson(
        long id,
        URI url,
        @Nullable URI canonicalUrl,
        String title,
        @Nullable String byline,
        SourceRef source,
        @Nullable Instant published,
        @Nullable Instant updated,
        Instant fetched,
        @Nullable String language,
        String excerpt,
        @Nullable URI image,
        int wordCount) {

    /** The outlet an article came from. */
    public record SourceRef(long id, String name) {}

    static ArticleJson of(Article a, String sourceName) {
        return new ArticleJson(
                a.id(),
                a.url(),
                a.canonicalUrl(),
                a.title(),
                a.byline(),
                new SourceRef(a.sourceId(), sourceName),
                a.published(),
                a.updated(),
                a.fetched(),
                a.language(),
                a.excerpt(),
                a.image(),
                a.wordCount());
    }
}
