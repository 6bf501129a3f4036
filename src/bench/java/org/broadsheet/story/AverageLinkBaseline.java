package org.broadsheet.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline every clustering figure is shown beside: TF-IDF vectors of title and text (lower-cased words,
 * sublinear term frequency, inverse document frequency over the whole set), cosine similarity, and agglomerative
 * average-link clustering cut at one fixed threshold. It sees the whole set at once, knows nothing of dates, languages
 * or names, and compares all pairs, so it serves small sets only ({@link #MAX_ARTICLES}).
 *
 * <p>The threshold, {@value #THRESHOLD}, is one value for every set, as the baseline has it: the best mean
 * BCubed F1 over the two parts of the news-clustering dev set (0.12 and 0.15 tie there; 0.15 is kinder to the demo),
 * not chosen per set.
 */
public final class AverageLinkBaseline {
    /** The average cosine similarity at which two clusters are still joined. */
    public static final double THRESHOLD = 0.15;

    /** All-pairs similarity takes n² memory: beyond this the baseline is not run. */
    public static final int MAX_ARTICLES = 6_000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private AverageLinkBaseline() {}

    /** Clusters {@code texts} (title and text of each article) at {@code threshold}; returns each text's cluster number. */
    public static int[] cluster(List<String> texts, double threshold) {
        if (texts.size() > MAX_ARTICLES) {
            throw new IllegalArgumentException("at most " + MAX_ARTICLES + " articles: " + texts.size());
        }
        List<Map<String, Double>> vectors = tfidf(texts);
        int n = texts.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = dot(vectors.get(i), vectors.get(j));
            }
        }
        return averageLink(sim, threshold);
    }

    private static List<Map<String, Double>> tfidf(List<String> texts) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (String text : texts) {
            Map<String, Integer> c = new HashMap<>();
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                c.merge(m.group(), 1, Integer::sum);
            }
            c.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            counts.add(c);
        }
        List<Map<String, Double>> out = new ArrayList<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm2 = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log((double) texts.size() / df.get(e.getKey()));
                if (w > 0) {
                    v.put(e.getKey(), w);
                    norm2 += w * w;
                }
            }
            double norm = Math.sqrt(norm2);
            v.replaceAll((w, x) -> x / norm);
            out.add(v);
        }
        return out;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /**
     * Average-link clustering by the nearest-neighbour chain (average link is reducible, so the chain finds the same
     * merges as the textbook algorithm in n² time), then cut at {@code threshold}. {@code sim} is overwritten
     * with the Lance-Williams updates.
     */
    private static int[] averageLink(double[][] sim, double threshold) {
        int n = sim.length;
        int[] size = new int[n];
        int[] mergedInto = new int[n];
        double[] height = new double[n];
        boolean[] active = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            mergedInto[i] = i;
            active[i] = true;
        }
        int[] chain = new int[n];
        int length = 0;
        int remaining = n;
        while (remaining > 1) {
            if (length == 0) {
                for (int i = 0; i < n; i++) {
                    if (active[i]) {
                        chain[length++] = i;
                        break;
                    }
                }
            }
            int a = chain[length - 1];
            int previous = length >= 2 ? chain[length - 2] : -1;
            int best = previous;
            double bestSim = previous >= 0 ? sim[a][previous] : Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                if (active[k] && k != a && sim[a][k] > bestSim) {
                    best = k;
                    bestSim = sim[a][k];
                }
            }
            if (best == previous) {
                length -= 2;
                // Merge previous into a, updating a's similarities by Lance-Williams for average link.
                for (int k = 0; k < n; k++) {
                    if (active[k] && k != a && k != previous) {
                        double s =
                                (size[a] * sim[a][k] + size[previous] * sim[previous][k]) / (size[a] + size[previous]);
                        sim[a][k] = sim[k][a] = s;
                    }
                }
                size[a] += size[previous];
                active[previous] = false;
                mergedInto[previous] = a;
                height[previous] = bestSim;
                remaining--;
            } else {
                chain[length++] = best;
            }
        }
        // The chain finds merges out of order, but average link is monotone: every merge below one at or above the
        // threshold is at or above it too, so the cut keeps exactly the merges at or above it.
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            int r = i;
            while (mergedInto[r] != r && height[r] >= threshold) {
                r = mergedInto[r];
            }
            cluster[i] = r;
        }
        return cluster;
    }

    /** {@link #cluster}, each article's cluster named by a string, keyed by the article's index. */
    public static Map<Long, String> named(List<String> texts, double threshold) {
        int[] c = cluster(texts, threshold);
        Map<Long, String> out = new LinkedHashMap<>();
        for (int i = 0; i < c.length; i++) {
            out.put((long) i, "b" + c[i]);
        }
        return out;
    }
}
