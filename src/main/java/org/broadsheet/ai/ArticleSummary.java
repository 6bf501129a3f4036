package org.broadsheet.ai;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The summary the AI panel shows for an article.
 *
 * @param tldr one or two sentences
 * @param keyPoints three to five points, each with the indexes of the article sentences it comes from
 * @param method sentences of the article, or written by the language model from them
 * @param notice why the language model's version is not shown although one is configured, or null
 */
public record ArticleSummary(
        String tldr,
        List<KeyPoint> keyPoints,
        AiMethod method,
        @Nullable String notice) {

    /** One key point and the article sentences it rests on. */
    public record KeyPoint(String text, List<Integer> sentences) {}

    /** The extractive summary as the panel shows it: points that repeat the TL;DR give way to further points. */
    static ArticleSummary extractive(Summary summary, @Nullable String notice) {
        List<KeyPoint> points = summary.besideTldr().stream()
                .map(p -> new KeyPoint(p.text(), List.of(p.sentence())))
                .toList();
        return new ArticleSummary(summary.tldr(), points, AiMethod.EXTRACTIVE, notice);
    }
}
