package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 following the conventions of Google's rouge-score package: lower-case, every
 * run of characters other than a-z and 0-9 is a separator, tokens longer than three characters are Porter-stemmed, and
 * ROUGE-Lsum takes the union longest common subsequence of each reference sentence against the candidate's sentences,
 * sentences being the lines of each text.
 */
public final class Rouge {
    /** One text's scores against its reference: F1 of ROUGE-1, ROUGE-2 and ROUGE-Lsum. */
    public record Scores(double rouge1, double rouge2, double rougeLsum) {}

    private Rouge() {}

    /** The scores of {@code candidate} against {@code reference}; both are newline-separated sentences. */
    public static Scores score(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        return new Scores(ngram(c, r, 1), ngram(c, r, 2), lsum(lines(candidate), lines(reference)));
    }

    static List<String> tokens(String text) {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> tokens = new ArrayList<>();
        for (String t :
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").split(" ")) {
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > 3) {
                stemmer.setCurrent(t);
                stemmer.stem();
                t = stemmer.getCurrent();
            }
            tokens.add(t);
        }
        return tokens;
    }

    private static List<List<String>> lines(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> t = tokens(line);
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return lines;
    }

    static double ngram(List<String> candidate, List<String> reference, int n) {
        Map<String, Integer> c = ngrams(candidate, n);
        Map<String, Integer> r = ngrams(reference, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : c.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        int cTotal = Math.max(1, c.values().stream().mapToInt(Integer::intValue).sum());
        int rTotal = Math.max(1, r.values().stream().mapToInt(Integer::intValue).sum());
        return f1((double) overlap / cTotal, (double) overlap / rTotal);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    static double lsum(List<List<String>> candidate, List<List<String>> reference) {
        int m = reference.stream().mapToInt(List::size).sum();
        int n = candidate.stream().mapToInt(List::size).sum();
        if (m == 0 || n == 0) {
            return 0;
        }
        Map<String, Integer> refCounts = new HashMap<>();
        Map<String, Integer> candCounts = new HashMap<>();
        reference.forEach(s -> s.forEach(t -> refCounts.merge(t, 1, Integer::sum)));
        candidate.forEach(s -> s.forEach(t -> candCounts.merge(t, 1, Integer::sum)));
        int hits = 0;
        for (List<String> ref : reference) {
            TreeSet<Integer> union = new TreeSet<>();
            for (List<String> cand : candidate) {
                union.addAll(lcsIndexes(ref, cand));
            }
            for (int i : union) {
                String t = ref.get(i);
                if (candCounts.getOrDefault(t, 0) > 0 && refCounts.getOrDefault(t, 0) > 0) {
                    hits++;
                    candCounts.merge(t, -1, Integer::sum);
                    refCounts.merge(t, -1, Integer::sum);
                }
            }
        }
        return f1((double) hits / n, (double) hits / m);
    }

    /** The indexes into {@code ref} of one longest common subsequence with {@code cand}, as rouge-score backtracks. */
    static List<Integer> lcsIndexes(List<String> ref, List<String> cand) {
        int rows = ref.size();
        int cols = cand.size();
        int[][] t = new int[rows + 1][cols + 1];
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                t[i][j] = ref.get(i - 1).equals(cand.get(j - 1))
                        ? t[i - 1][j - 1] + 1
                        : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        List<Integer> lcs = new ArrayList<>();
        int i = rows;
        int j = cols;
        while (i > 0 && j > 0) {
            if (ref.get(i - 1).equals(cand.get(j - 1))) {
                lcs.addFirst(i - 1);
                i--;
                j--;
            } else if (t[i][j - 1] > t[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
        return lcs;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
