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

    /**
     * Whether {@code term} is rare enough to identify an event: found in at most about the square root of the number
     * of documents seen. The bar rises with the stream, so that "Paris" stops counting once it is common, while the
     * name of one storm or one company stays rare.
     */
    boolean isRare(String term) {
        int df = counts.getOrDefault(term, 0);
        return (df + 1.0) * (df + 1.0) <= documents + PRIOR_DOCUMENTS + 1.0;
    }

    /** The smoothed inverse document frequency of {@code term}. */
    double idf(String term) {
        int df = counts.getOrDefault(term, 0);
        return Math.log((documents + PRIOR_DOCUMENTS + 1.0) / (df + 1.0));
    }
}
