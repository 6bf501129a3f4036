package org.broadsheet.story;

import java.time.Instant;
import org.broadsheet.ai.Embedder;
import org.jspecify.annotations.Nullable;

/**
 * One line of a clustering file: an article without its embedding, and its true cluster when the file is an answer
 * key.
 */
public record LabelledArticle(
        String id,
        String title,
        String text,
        @Nullable Instant published,
        @Nullable String source,
        @Nullable String language,
        @Nullable String cluster) {

    /** This article with its embedding, ready for the clusterer. */
    public ClusterArticle withVector(float[] vector) {
        return new ClusterArticle(id, title, text, published, source, language, vector);
    }

    /** The text to embed: the same as production embeds for a stored article ({@link Embedder#articleText}). */
    public String embeddingText() {
        return Embedder.articleText(title, text);
    }
}
