package org.broadsheet.store;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An article ready to be stored: everything but the database id. The pair ({@code sourceId}, {@code guid}) identifies
 * it, so storing the same draft twice never makes two rows. {@code contentFlag} says why the body may be incomplete.
 */
public record ArticleDraft(
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

    /** A draft whose body is not flagged as truncated or paywalled. */
    public ArticleDraft(
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
            String contentHash) {
        this(
                sourceId,
                url,
                canonicalUrl,
                guid,
                title,
                byline,
                published,
                updated,
                fetched,
                language,
                text,
                html,
                excerpt,
                image,
                wordCount,
                contentHash,
                null);
    }
}
