package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's extractive summary.
 *
 * @param tldr one or two sentences of the article that say what it is about
 * @param keyPoints the three best points: sentences chosen for coverage without repetition, lightly cleaned, in
 *     article order (what {@code broadsheet summarize} writes and the benchmark scores)
 * @param sentences the indexes of the key points in the article's sentence list
 * @param tldrSentences the indexes of the TL;DR's sentences
 * @param morePoints further points, best first, for the panel of a longer article or in place of a key point the
 *     TL;DR already says
 * @param moreSentences the indexes of {@code morePoints}
 */
public record Summary(
        String tldr,
        List<String> keyPoints,
        List<Integer> sentences,
        List<Integer> tldrSentences,
        List<String> morePoints,
        List<Integer> moreSentences) {

    /** The most points the panel shows. */
    static final int MOST_SHOWN = 5;

    public Summary {
        keyPoints = List.copyOf(keyPoints);
        sentences = List.copyOf(sentences);
        tldrSentences = List.copyOf(tldrSentences);
        morePoints = List.copyOf(morePoints);
        moreSentences = List.copyOf(moreSentences);
        if (keyPoints.size() != sentences.size() || morePoints.size() != moreSentences.size()) {
            throw new IllegalArgumentException("every point needs its sentence index");
        }
    }

    /** The summary of an article without sentences. */
    static Summary empty() {
        return new Summary("", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** One point the panel shows beside the TL;DR. */
    record Shown(int sentence, String text) {}

    /**
     * The points to show beside the TL;DR: the key points and further points that do not repeat it, at most {@value
     * #MOST_SHOWN}, in article order. An article with enough sentences gets three to five.
     */
    List<Shown> besideTldr() {
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!tldrSentences.contains(sentences.get(i))) {
                shown.add(new Shown(sentences.get(i), keyPoints.get(i)));
            }
        }
        for (int i = 0; i < moreSentences.size() && shown.size() < MOST_SHOWN; i++) {
            if (!tldrSentences.contains(moreSentences.get(i))) {
                shown.add(new Shown(moreSentences.get(i), morePoints.get(i)));
            }
        }
        shown.sort(java.util.Comparator.comparingInt(Shown::sentence));
        return shown;
    }
}
