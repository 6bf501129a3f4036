package org.broadsheet.ai;

import java.util.List;

/**
 * The answer to a question about one article.
 *
 * @param found false when the article does not seem to answer the question (confidence below the threshold); the
 *     other fields then describe the closest sentence, for those who want it
 * @param text the answering passage: the best sentence, with the sentence before it when it refers back to it
 * @param best the index of the best sentence in the article's sentence list
 * @param sentences the indexes of the passage's sentences, in article order
 * @param score the confidence, from 0 to 1
 */
public record Answer(boolean found, String text, int best, List<Integer> sentences, double score) {

    /** The answer to a question about an article without sentences. */
    static Answer none() {
        return new Answer(false, "", -1, List.of(), 0);
    }

    /** "high", "medium" or "low": a confidence from 0 to 1 as readers are shown it. */
    static String confidenceLabel(double score) {
        if (score >= 0.7) {
            return "high";
        }
        return score >= Answerer.THRESHOLD + 0.15 ? "medium" : "low";
    }
}
