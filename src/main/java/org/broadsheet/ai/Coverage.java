package org.broadsheet.ai;

import java.util.Objects;
import org.broadsheet.store.Article;
import org.jspecify.annotations.Nullable;

/**
 * One outlet's article about a story, as the story briefing reads it.
 *
 * @param article the stored article, when there is one: its stored summary and sentence vectors are then reused
 */
public record Coverage(
        String outlet, String title, String text, @Nullable Article article) {
    public Coverage {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** Coverage given as text only: the briefing summarises and embeds it afresh every time. */
    public Coverage(String outlet, String title, String text) {
        this(outlet, title, text, null);
    }

    /** The article's ISO 639-1 language, when known (text-only coverage has none). */
    public @Nullable String language() {
        return article == null ? null : article.language();
    }

    /** A stored article's coverage, whose summary and sentence vectors the briefing can reuse. */
    public static Coverage of(String outlet, Article article) {
        return new Coverage(outlet, article.title(), article.text(), article);
    }
}
