package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;

/** Maximal marginal relevance: picks items that are relevant and unlike the items already picked. */
final class Mmr {
    private Mmr() {}

    /**
     * Up to {@code k} item indexes in the order picked; each pick maximises {@code lambda * relevance - (1 - lambda) *
     * (its greatest similarity to an item already picked)}.
     */
    static List<Integer> select(double[] relevance, List<float[]> vectors, int k, double lambda) {
        return select(relevance, vectors, k, lambda, -1);
    }

    /** Like {@link #select(double[], List, int, double)}, with item {@code first} picked first unless it is -1. */
    static List<Integer> select(double[] relevance, List<float[]> vectors, int k, double lambda, int first) {
        List<Integer> picked = new ArrayList<>();
        boolean[] used = new boolean[relevance.length];
        if (first >= 0 && k > 0) {
            used[first] = true;
            picked.add(first);
        }
        while (picked.size() < Math.min(k, relevance.length)) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < relevance.length; i++) {
                if (used[i]) {
                    continue;
                }
                double redundancy = 0;
                for (int j : picked) {
                    redundancy = Math.max(redundancy, Embedder.similarity(vectors.get(i), vectors.get(j)));
                }
                double score = lambda * relevance[i] - (1 - lambda) * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            used[best] = true;
            picked.add(best);
        }
        return picked;
    }
}
