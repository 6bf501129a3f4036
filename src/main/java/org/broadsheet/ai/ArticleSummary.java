package org.broadsheet.ai;

import java.util.List;
import java.util.TreeSet;
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

    /** How many sentences (a byline, a heading) may come before the opening run. */
    private static final int OPENING_SLACK = 2;

    /** The summary of an article whose outlet allows only an excerpt here: nothing beyond the excerpt on the page. */
    public static final ArticleSummary EXCERPT_ONLY = new ArticleSummary(
            "",
            List.of(),
            AiMethod.EXTRACTIVE,
            "The outlet allows only an excerpt of this article here, so there is no summary beyond it; questions are"
                    + " answered from the excerpt alone.");

    /** One key point and the article sentences it rests on. */
    public record KeyPoint(String text, List<Integer> sentences) {}

    /**
     * The extractive summary as the panel shows it: points that repeat the TL;DR give way to further points, and when
     * the TL;DR and the points together are only the article's opening sentences, which the page shows right below,
     * the points are left out and the TL;DR alone is shown.
     */
    static ArticleSummary extractive(Summary summary, @Nullable String notice) {
        List<Summary.Shown> shown = summary.besideTldr();
        if (onlyTheOpening(summary.tldrSentences(), shown)) {
            return new ArticleSummary(summary.tldr(), List.of(), AiMethod.EXTRACTIVE, notice);
        }
        List<KeyPoint> points = shown.stream()
                .map(p -> new KeyPoint(p.text(), List.of(p.sentence())))
                .toList();
        return new ArticleSummary(summary.tldr(), points, AiMethod.EXTRACTIVE, notice);
    }

    /**
     * The sentences shown are one run at the start of the article (allowing for a byline or a heading before it),
     * so the points add nothing a reader doesn't see in the body's first lines.
     */
    private static boolean onlyTheOpening(List<Integer> tldr, List<Summary.Shown> points) {
        if (points.isEmpty()) {
            return false;
        }
        TreeSet<Integer> all = new TreeSet<>(tldr);
        points.forEach(p -> all.add(p.sentence()));
        return all.first() <= OPENING_SLACK && all.last() - all.first() == all.size() - 1;
    }
}
