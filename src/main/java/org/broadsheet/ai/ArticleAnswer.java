package org.broadsheet.ai;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer the AI panel shows to a reader's question.
 *
 * @param question the question as asked
 * @param found false means "the article doesn't say"
 * @param text the answer: the article's passage, or the language model's grounded reply
 * @param passage the article sentences the answer rests on, in order, for highlighting them in place
 * @param sentences their indexes in the article's sentence list
 * @param score the confidence from 0 to 1
 * @param confidence "high", "medium" or "low"
 * @param method "extractive" or "llm"
 * @param notice why the language model's answer is not shown although one is configured, or null
 */
public record ArticleAnswer(
        String question,
        boolean found,
        String text,
        List<String> passage,
        List<Integer> sentences,
        double score,
        String confidence,
        String method,
        @Nullable String notice) {}
