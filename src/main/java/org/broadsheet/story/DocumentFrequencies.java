package org.broadsheet.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How many of the articles seen so far contain each term, for inverse document frequencies that learn the
 * vocabulary as articles arrive. Until enough articles have been seen every term counts about the same.
 */
final class DocumentFrequencies {
    /** Documents assumed before the first, so that early weights are not extreme. */
    private static final int PRIOR_DOCUMENTS = 50;

    private final Map<String, Integer> counts = new HashMap<>();
    private int documents;

    /** Counts one document's distinct terms. */
    void add(Set<String> terms) {
        documents++;
        for (String term : terms) {
            counts.merge(term, 1, Integer::sum);
        }
    }

    /** The smoothed inverse document frequency of {@code term}. */
    double idf(String term) {
        int df = counts.getOrDefault(term, 0);
        return Math.log((documents + PRIOR_DOCUMENTS + 1.0) / (df + 1.0));
    }
}
