package org.broadsheet.story;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article as the clustering sees it.
 *
 * @param id the article's id, unique among the articles clustered together
 * @param published when it was published; null when unknown (it is then clustered as if published now)
 * @param source the outlet's name or id, or null
 * @param language ISO 639-1 code, or null when unknown
 * @param vector the unit-length embedding of {@link org.broadsheet.ai.Embedder#articleText}, or an empty array for none
 */
public record ClusterArticle(
        long id,
        String title,
        String text,
        @Nullable Instant published,
        @Nullable String source,
        @Nullable String language,
        float[] vector) {

    public ClusterArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
    }
}
