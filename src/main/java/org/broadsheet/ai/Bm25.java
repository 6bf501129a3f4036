package org.broadsheet.ai;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 (k1 = 1.2, b = 0.75, Lucene's idf) over a small collection of short texts, such as the sentences of one
 * article, each given as its analysed terms.
 */
final class Bm25 {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<Map<String, Integer>> frequencies;
    private final int[] lengths;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    Bm25(List<List<String>> documents) {
        this.frequencies = documents.stream().map(Bm25::counts).toList();
        this.lengths = documents.stream().mapToInt(List::size).toArray();
        for (Map<String, Integer> f : frequencies) {
            f.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        double total = 0;
        for (int length : lengths) {
            total += length;
        }
        this.averageLength = lengths.length == 0 ? 1 : Math.max(1, total / lengths.length);
    }

    static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    /** The inverse document frequency of {@code term}; 0 for a term no document has. */
    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        if (df == 0) {
            return 0;
        }
        int n = lengths.length;
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** The score of every document for the query {@code terms}, in document order. */
    double[] scores(List<String> terms) {
        double[] scores = new double[lengths.length];
        Map<String, Integer> query = counts(terms);
        for (int d = 0; d < lengths.length; d++) {
            double norm = K1 * (1 - B + B * lengths[d] / averageLength);
            double score = 0;
            for (String term : query.keySet()) {
                Integer tf = frequencies.get(d).get(term);
                if (tf != null) {
                    score += idf(term) * tf * (K1 + 1) / (tf + norm);
                }
            }
            scores[d] = score;
        }
        return scores;
    }

    /** The idf-weighted share of the query's distinct terms that document {@code d} contains, from 0 to 1. */
    double coverage(List<String> terms, int d) {
        double have = 0;
        double all = 0;
        for (String term : counts(terms).keySet()) {
            double w = Math.max(idf(term), 0.1);
            all += w;
            if (frequencies.get(d).containsKey(term)) {
                have += w;
            }
        }
        return all == 0 ? 0 : have / all;
    }

    int size() {
        return lengths.length;
    }
}
