package org.broadsheet.story;

import java.util.Map;

/**
 * An article's terms weighted by tf-idf (sublinear term frequency, names and numbers and title words count more),
 * scaled to unit length. Immutable once built.
 */
final class TermVector {
    private static final double NAME_BOOST = 2.0;
    private static final double TITLE_BOOST = 1.5;

    final String[] terms;
    final double[] weights;
    /** Which terms occurred as names or numbers. */
    final boolean[] names;
    /** The weights of the name and number terms alone, scaled to unit length (0 for other terms). */
    final double[] nameWeights;
    /** The name and number terms that were rare when the article arrived ({@link DocumentFrequencies#isRare}). */
    final String[] anchors;

    private TermVector(String[] terms, double[] weights, boolean[] names, double[] idf, String[] anchors) {
        this.terms = terms;
        this.weights = weights;
        this.names = names;
        this.anchors = anchors;
        // Names are weighed by idf once more: a rare name ("Vantora") identifies an event, a frequent capitalised
        // word ("Police", "Minister", every German noun) hardly does.
        this.nameWeights = new double[terms.length];
        double norm2 = 0;
        for (int i = 0; i < terms.length; i++) {
            if (names[i]) {
                nameWeights[i] = weights[i] * idf[i];
                norm2 += nameWeights[i] * nameWeights[i];
            }
        }
        double norm = Math.sqrt(norm2);
        for (int i = 0; i < terms.length && norm > 0; i++) {
            nameWeights[i] /= norm;
        }
    }

    /**
     * Weighs the terms of a title and a body with the inverse document frequencies of {@code df}; the caller counts
     * the document in {@code df} first, so that no term is unseen.
     */
    static TermVector of(Map<String, Terms.Count> title, Map<String, Terms.Count> body, DocumentFrequencies df) {
        java.util.Set<String> all = new java.util.HashSet<>(body.keySet());
        all.addAll(title.keySet());
        String[] terms = new String[all.size()];
        double[] weights = new double[all.size()];
        boolean[] names = new boolean[all.size()];
        double[] idfs = new double[all.size()];
        java.util.List<String> anchors = new java.util.ArrayList<>();
        double norm2 = 0;
        int i = 0;
        for (String term : all) {
            Terms.Count t = title.get(term);
            Terms.Count b = body.get(term);
            int n = (t == null ? 0 : t.n) + (b == null ? 0 : b.n);
            boolean name = (t != null && t.name) || (b != null && b.name);
            idfs[i] = df.idf(term);
            double w = (1 + Math.log(n)) * idfs[i];
            if (name) {
                w *= NAME_BOOST;
                if (df.isRare(term)) {
                    anchors.add(term);
                }
            }
            if (t != null) {
                w *= TITLE_BOOST;
            }
            terms[i] = term;
            weights[i] = w;
            names[i] = name;
            norm2 += w * w;
            i++;
        }
        double norm = Math.sqrt(norm2);
        if (norm > 0) {
            for (int j = 0; j < weights.length; j++) {
                weights[j] /= norm;
            }
        }
        return new TermVector(terms, weights, names, idfs, anchors.toArray(String[]::new));
    }

    /** The dot product with a sparse profile (a sum of unit term vectors). */
    double dot(Map<String, Double> profile) {
        double dot = 0;
        for (int i = 0; i < terms.length; i++) {
            Double p = profile.get(terms[i]);
            if (p != null) {
                dot += weights[i] * p;
            }
        }
        return dot;
    }

    /** The dot product of the name and number terms with a sparse profile of names. */
    double nameDot(Map<String, Double> nameProfile) {
        double dot = 0;
        for (int i = 0; i < terms.length; i++) {
            if (names[i]) {
                Double p = nameProfile.get(terms[i]);
                if (p != null) {
                    dot += nameWeights[i] * p;
                }
            }
        }
        return dot;
    }

    /**
     * How many of this article's anchors are carried by at least {@code least} members of a story, given the story's
     * anchor counts; with {@code leaveOut}, this article is one of those members and does not count itself.
     */
    int sharedAnchors(Map<String, Double> storyAnchors, boolean leaveOut, double least) {
        int shared = 0;
        for (String a : anchors) {
            Double n = storyAnchors.get(a);
            if (n != null && n - (leaveOut ? 1 : 0) >= least - 1e-9) {
                shared++;
            }
        }
        return shared;
    }

    boolean hasNames() {
        for (boolean n : names) {
            if (n) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return terms.length == 0;
    }
}
