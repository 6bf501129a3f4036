package org.broadsheet.ai;

import java.util.List;

/**
 * An article's extractive summary.
 *
 * @param tldr one or two sentences of the article that say what it is about
 * @param keyPoints three to five sentences chosen for coverage without repetition, lightly cleaned, in article order
 * @param sentences the indexes of the key points in the article's sentence list
 * @param tldrSentences the indexes of the TL;DR's sentences
 */
public record Summary(String tldr, List<String> keyPoints, List<Integer> sentences, List<Integer> tldrSentences) {

    /** The summary of an article without sentences. */
    static Summary empty() {
        return new Summary("", List.of(), List.of(), List.of());
    }

    /** The key points that do not repeat the TL;DR, for showing both together. */
    public List<String> keyPointsBesideTldr() {
        java.util.ArrayList<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!tldrSentences.contains(sentences.get(i))) {
                rest.add(keyPoints.get(i));
            }
        }
        return rest;
    }
}
