package org.broadsheet.story;

import java.util.HashMap;
import java.util.Map;

/** A sum of sparse unit vectors, with its squared length kept up to date as vectors are added and taken away. */
final class SparseSum {
    final Map<String, Double> weights = new HashMap<>();
    double norm2;

    void add(String term, double w) {
        double old = weights.getOrDefault(term, 0.0);
        double now = old + w;
        norm2 += now * now - old * old;
        if (Math.abs(now) < 1e-9) {
            weights.remove(term);
        } else {
            weights.put(term, now);
        }
    }

    /**
     * The cosine between a unit vector {@code a}, whose dot product with this sum is {@code dot}, and this sum; with
     * {@code leaveOut}, {@code a} is part of the sum and is compared with the rest. {@code aNorm2} is 1, or 0 for an
     * empty vector.
     */
    double cosine(double dot, double aNorm2, boolean leaveOut) {
        double n2 = norm2;
        double d = dot;
        if (leaveOut) {
            // |S - a|^2 = |S|^2 - 2 a.S + |a|^2
            n2 = n2 - 2 * dot + aNorm2;
            d -= aNorm2;
        }
        return n2 <= 1e-12 || aNorm2 == 0 ? 0 : Math.max(0, d / Math.sqrt(n2));
    }

    /** The cosine of two sums. */
    double cosine(SparseSum other) {
        if (norm2 <= 0 || other.norm2 <= 0) {
            return 0;
        }
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return Math.max(0, dot / Math.sqrt(norm2 * other.norm2));
    }
}
