package org.broadsheet.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One story inside the clusterer: its members, the sum of their embeddings and the sum of their term vectors, kept
 * up to date as members come and go so that scoring an article against the story never walks the members.
 */
final class StoryCluster {
    final String key;
    final List<Member> members = new ArrayList<>();
    private final Map<String, Double> profile = new HashMap<>();
    private double profileNorm2;
    private float[] vectorSum = new float[0];
    private int vectors;
    private Instant last = Instant.MIN;
    private final Map<String, Integer> languages = new HashMap<>();

    StoryCluster(String key) {
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
        for (int i = 0; i < t.terms.length; i++) {
            double w = sign * t.weights[i];
            double old = profile.getOrDefault(t.terms[i], 0.0);
            double now = old + w;
            profileNorm2 += now * now - old * old;
            if (Math.abs(now) < 1e-9) {
                profile.remove(t.terms[i]);
            } else {
                profile.put(t.terms[i], now);
            }
        }
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

    Instant last() {
        return last;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    /**
     * The match score of {@code m} against this story: embedding cosine with the members' mean and term cosine with
     * their summed terms, weighted. With {@code leaveOut}, {@code m} is a member and is scored against the others.
     */
    double score(Member m, ClusterSettings settings, boolean leaveOut) {
        double lexical = lexical(m, leaveOut);
        String language = m.article().language();
        if (language != null && !languages.isEmpty() && languages.getOrDefault(language, 0) <= (leaveOut ? 1 : 0)) {
            lexical = crossLanguage(lexical, settings);
        }
        if (!m.hasVector() || vectors - (leaveOut ? 1 : 0) <= 0) {
            return lexical;
        }
        return settings.vectorWeight() * vector(m, leaveOut) + (1 - settings.vectorWeight()) * lexical;
    }

    /**
     * Across languages only names, numbers and cognates can be shared, so the same event shares fewer terms; the
     * term similarity is scaled up so that one threshold serves both cases.
     */
    private static double crossLanguage(double lexical, ClusterSettings settings) {
        return Math.min(1, lexical * settings.crossLanguageBoost());
    }

    private double lexical(Member m, boolean leaveOut) {
        double dot = m.terms().dot(profile);
        double norm2 = profileNorm2;
        if (leaveOut) {
            // |P - a|^2 = |P|^2 - 2 a.P + |a|^2, and a is unit length.
            norm2 = norm2 - 2 * dot + 1;
            dot -= 1;
        }
        return norm2 <= 1e-12 ? 0 : Math.max(0, dot / Math.sqrt(norm2));
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

    /** The score of two stories against each other, as if one were a single article made of all its members. */
    double score(StoryCluster other, ClusterSettings settings) {
        double vectorWeight = settings.vectorWeight();
        Map<String, Double> small = profile.size() <= other.profile.size() ? profile : other.profile;
        Map<String, Double> large = small == profile ? other.profile : profile;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double lexical =
                profileNorm2 <= 0 || other.profileNorm2 <= 0 ? 0 : dot / Math.sqrt(profileNorm2 * other.profileNorm2);
        if (!languages.isEmpty()
                && !other.languages.isEmpty()
                && java.util.Collections.disjoint(languages.keySet(), other.languages.keySet())) {
            lexical = crossLanguage(lexical, settings);
        }
        if (vectors == 0 || other.vectors == 0) {
            return lexical;
        }
        return vectorWeight * cosine(vectorSum, other.vectorSum) + (1 - vectorWeight) * lexical;
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
