package org.broadsheet.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well a clustering matches an answer key, by two standard measures.
 *
 * <p>BCubed (Bagga and Baldwin, 1998; Amigó et al., 2009): for each article, precision is the share of articles in
 * its predicted cluster that share its true cluster, and recall the share of its true cluster that it was clustered
 * with (both counting the article itself); both are averaged over articles. Pairwise: precision and recall over the
 * pairs of distinct articles put together.
 */
public record ClusterScore(
        int articles, double bcubedPrecision, double bcubedRecall, double pairPrecision, double pairRecall) {

    /** BCubed F1: the harmonic mean of BCubed precision and recall. */
    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    /** Pairwise F1. */
    public double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    /**
     * Scores {@code predicted} (article to story) against {@code truth} (article to true cluster); both must name the
     * same articles.
     */
    public static <K> ClusterScore of(Map<K, String> truth, Map<K, String> predicted) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        if (!truth.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("the answer key and the clustering name different articles");
        }
        if (truth.isEmpty()) {
            return new ClusterScore(0, 1, 1, 1, 1);
        }
        // Sizes of true clusters, predicted clusters and their intersections.
        Map<String, Integer> trueSize = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        truth.forEach((id, t) -> {
            String p = predicted.get(id);
            trueSize.merge(t, 1, Integer::sum);
            predictedSize.merge(p, 1, Integer::sum);
            both.merge(t + "\u0000" + p, 1, Integer::sum);
        });
        double precision = 0;
        double recall = 0;
        for (Map.Entry<K, String> e : truth.entrySet()) {
            String t = e.getValue();
            String p = predicted.get(e.getKey());
            int shared = both.get(t + "\u0000" + p);
            precision += (double) shared / predictedSize.get(p);
            recall += (double) shared / trueSize.get(t);
        }
        int n = truth.size();
        long sharedPairs = both.values().stream().mapToLong(ClusterScore::pairs).sum();
        long predictedPairs =
                predictedSize.values().stream().mapToLong(ClusterScore::pairs).sum();
        long truePairs =
                trueSize.values().stream().mapToLong(ClusterScore::pairs).sum();
        return new ClusterScore(
                n, precision / n, recall / n, ratio(sharedPairs, predictedPairs), ratio(sharedPairs, truePairs));
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    /** A ratio where 0 of 0 counts as perfect: no pairs predicted is no wrong pair. */
    private static double ratio(long part, long whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
