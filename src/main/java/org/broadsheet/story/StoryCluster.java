package org.broadsheet.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One story inside the clusterer: its members, the sum of their embeddings, of their term vectors and of their name
 * vectors, and how many members carry each anchor (a rare name or number), kept up to date as members come and go so that scoring an article against the story never walks the
 * members.
 */
final class StoryCluster {
    /** Rare names and numbers two reports in different languages must share to be taken as one event. */
    static final int CROSS_ANCHORS = 3;

    final long key;
    final List<Member> members = new ArrayList<>();
    private final SparseSum terms = new SparseSum();
    private final SparseSum names = new SparseSum();
    /** How many members carry each anchor (a rare name or number). */
    private final SparseSum anchors = new SparseSum();

    private final Map<String, Integer> languages = new HashMap<>();
    private float[] vectorSum = new float[0];
    private int vectors;
    private Instant last = Instant.MIN;

    StoryCluster(long key) {
        this.key = key;
    }

    void add(Member m) {
        members.add(m);
        change(m, 1);
        if (m.time().isAfter(last)) {
            last = m.time();
        }
    }

    void remove(Member m) {
        members.remove(m);
        change(m, -1);
        last = members.stream().map(Member::time).max(Instant::compareTo).orElse(Instant.MIN);
    }

    private void change(Member m, int sign) {
        String language = m.article().language();
        if (language != null) {
            languages.merge(language, sign, Integer::sum);
            languages.values().removeIf(n -> n <= 0);
        }
        TermVector t = m.terms();
        for (String a : t.anchors) {
            anchors.add(a, sign);
        }
        add(terms, names, t, sign);
        if (m.hasVector()) {
            if (vectorSum.length == 0) {
                vectorSum = new float[m.vector().length];
            }
            float[] v = m.vector();
            for (int i = 0; i < v.length; i++) {
                vectorSum[i] += sign * v[i];
            }
            vectors += sign;
        }
    }

    private static void add(SparseSum terms, SparseSum names, TermVector t, int sign) {
        for (int i = 0; i < t.terms.length; i++) {
            terms.add(t.terms[i], sign * t.weights[i]);
            if (t.names[i]) {
                names.add(t.terms[i], sign * t.nameWeights[i]);
            }
        }
    }

    /** Whether a member names {@code term}. */
    boolean hasName(String term) {
        return names.weights.containsKey(term);
    }

    /** The names and numbers the members name. */
    Set<String> nameTerms() {
        return names.weights.keySet();
    }

    Instant last() {
        return last;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    /**
     * The match score of {@code m} against this story: embedding cosine with the members' mean, term cosine and name
     * cosine with their sums, weighted; against a story in other languages only, at least what their shared anchors
     * give. With {@code leaveOut}, {@code m} is a member and is scored against the others.
     */
    double score(Member m, ClusterSettings settings, boolean leaveOut) {
        TermVector t = m.terms();
        double lexical = terms.cosine(t.dot(terms.weights), t.isEmpty() ? 0 : 1, leaveOut);
        double name = names.cosine(t.nameDot(names.weights), t.hasNames() ? 1 : 0, leaveOut);
        String language = m.article().language();
        boolean cross =
                language != null && !languages.isEmpty() && languages.getOrDefault(language, 0) <= (leaveOut ? 1 : 0);
        boolean hasVector = m.hasVector() && vectors - (leaveOut ? 1 : 0) > 0;
        int shared = t.sharedAnchors(anchors.weights, leaveOut, common(members.size() - (leaveOut ? 1 : 0)));
        // Sharing that many anchors is what the name gate asks for, even where long reports dilute the name cosine.
        boolean bothNamed = t.hasNames() && names.norm2 > 1e-12 && shared < CROSS_ANCHORS;
        double score = combine(settings, hasVector ? vector(m, leaveOut) : Double.NaN, lexical, name, bothNamed, cross);
        return cross ? Math.max(score, anchorScore(shared)) : score;
    }

    /** The score of two stories against each other, as if each were one article made of all its members. */
    double score(StoryCluster other, ClusterSettings settings) {
        boolean cross = !languages.isEmpty()
                && !other.languages.isEmpty()
                && Collections.disjoint(languages.keySet(), other.languages.keySet());
        double vector = vectors == 0 || other.vectors == 0 ? Double.NaN : cosine(vectorSum, other.vectorSum);
        boolean bothNamed = names.norm2 > 1e-12 && other.names.norm2 > 1e-12;
        double score =
                combine(settings, vector, terms.cosine(other.terms), names.cosine(other.names), bothNamed, cross);
        if (!cross) {
            return score;
        }
        double least = common(members.size());
        double otherLeast = common(other.members.size());
        int shared = 0;
        for (Map.Entry<String, Double> a : anchors.weights.entrySet()) {
            Double n = other.anchors.weights.get(a.getKey());
            if (n != null && n >= otherLeast && a.getValue() >= least) {
                shared++;
            }
        }
        return Math.max(score, anchorScore(shared));
    }

    /**
     * How many of a story's {@code size} members must carry an anchor for it to count as the story's: a quarter, so
     * that a large story's long tail of names, each from one member, does not match everything.
     */
    private static double common(int size) {
        return Math.max(1, size / 4.0);
    }

    /**
     * The score of reports in different languages that share {@code shared} anchors: rare names and numbers are what
     * survives translation (the embedding is English-only and the words differ), so {@value #CROSS_ANCHORS} of them in
     * common are taken as one event, and more as a closer match.
     */
    private static double anchorScore(int shared) {
        return shared < CROSS_ANCHORS ? 0 : Math.min(1, shared / (2.0 * CROSS_ANCHORS));
    }

    /**
     * The embedding cosine of two stories, a cheap first test before {@link #score(StoryCluster, ClusterSettings)};
     * 1 when either has no embedding, which rules nothing out.
     */
    double vectorSimilarity(StoryCluster other) {
        return vectors == 0 || other.vectors == 0 ? 1 : cosine(vectorSum, other.vectorSum);
    }

    /**
     * Weighs the three similarities. Across languages only names, numbers and cognates can be shared, so the same
     * event shares fewer terms: the term similarity is scaled up so that one threshold serves both cases. Without an
     * embedding its weight goes to the terms. Two reports of one event name at least one person, place, organisation
     * or number in common, so when both sides name some and share too few, the score is 0: two storms or two strikes
     * in one week read alike but happen to different places.
     */
    private static double combine(
            ClusterSettings s, double vector, double lexical, double name, boolean bothNamed, boolean cross) {
        if (bothNamed && name < s.nameGate()) {
            return 0;
        }
        double l = cross ? Math.min(1, lexical * s.crossLanguageBoost()) : lexical;
        double lexicalWeight = 1 - s.vectorWeight() - s.nameWeight();
        if (Double.isNaN(vector)) {
            return (s.vectorWeight() + lexicalWeight) * l + s.nameWeight() * name;
        }
        return s.vectorWeight() * vector + lexicalWeight * l + s.nameWeight() * name;
    }

    private double vector(Member m, boolean leaveOut) {
        float[] v = m.vector();
        double dot = 0;
        double norm2 = 0;
        for (int i = 0; i < v.length; i++) {
            double s = vectorSum[i] - (leaveOut ? v[i] : 0);
            dot += v[i] * s;
            norm2 += s * s;
        }
        return norm2 <= 1e-12 ? 0 : dot / Math.sqrt(norm2);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
