package org.broadsheet.ai;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexical centrality of sentences: TF-IDF vectors over the article's own sentences, and TextRank (PageRank over the
 * graph of their cosine similarities) as the share of the article each sentence stands for.
 */
final class Centrality {
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;

    private Centrality() {}

    /** The TF-IDF vector of each term list, with idf taken over {@code bm25}'s collection. */
    static List<Map<String, Double>> tfidf(List<List<String>> termLists, Bm25 bm25) {
        return termLists.stream().map(terms -> vector(terms, bm25)).toList();
    }

    static Map<String, Double> vector(List<String> terms, Bm25 bm25) {
        Map<String, Double> v = new HashMap<>();
        Bm25.counts(terms).forEach((t, c) -> v.put(t, (1 + Math.log(c)) * (bm25.idf(t) + 0.1)));
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double w : v.values()) {
            s += w * w;
        }
        return Math.sqrt(s);
    }

    /** TextRank scores of the given vectors, scaled so that the largest is 1. */
    static double[] textRank(List<Map<String, Double>> vectors) {
        int n = vectors.size();
        double[][] weight = new double[n][n];
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double w = cosine(vectors.get(i), vectors.get(j));
                weight[i][j] = w;
                weight[j][i] = w;
                outSum[i] += w;
                outSum[j] += w;
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (weight[j][i] > 0) {
                        sum += weight[j][i] / outSum[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) / n + DAMPING * sum;
            }
            rank = next;
        }
        return scaled(rank);
    }

    /** The values divided by their maximum (all zero stays zero). */
    static double[] scaled(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = max == 0 ? 0 : values[i] / max;
        }
        return out;
    }
}
