package org.broadsheet.web;

import org.broadsheet.ai.ArticleAnswer;
import org.broadsheet.ai.ArticleSummary;
import org.broadsheet.ai.Translation;
import org.jspecify.annotations.Nullable;

/**
 * The "AI features" panel of an article page.
 *
 * @param question the question as typed, to show again in the box
 * @param answer the answer to it, or null when nothing was asked (or the question was refused)
 * @param problem why the question was refused, shown next to the box, or null
 * @param translationOffered whether a language model is configured, so that translation can be asked for
 * @param translation the translation asked for, or null
 */
public record AiPanelView(
        long articleId,
        ArticleSummary summary,
        String question,
        @Nullable ArticleAnswer answer,
        @Nullable String problem,
        boolean translationOffered,
        @Nullable Translation translation) {

    /** The answer's confidence as a whole percentage. */
    public int percent() {
        return answer == null ? 0 : (int) Math.round(answer.score() * 100);
    }
}
