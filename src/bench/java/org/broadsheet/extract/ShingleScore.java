package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text metric of article-extraction benchmarks: tokens are runs of {@code \w+} (Unicode, case-sensitive), each
 * text is a multiset of 4-token shingles, and precision and recall count the shingles the two texts share.
 */
record ShingleScore(double precision, double recall) {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    /** Scores {@code predicted} against {@code expected}; two empty texts score 1, one empty text scores 0. */
    static ShingleScore of(String predicted, String expected) {
        Map<List<String>, Integer> got = shingles(predicted);
        Map<List<String>, Integer> want = shingles(expected);
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        if (gotTotal == 0 || wantTotal == 0) {
            double both = gotTotal == wantTotal ? 1 : 0;
            return new ShingleScore(both, both);
        }
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
            overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        return new ShingleScore((double) overlap / gotTotal, (double) overlap / wantTotal);
    }

    /** The harmonic mean of a precision and a recall; 0 when both are 0. */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double f1() {
        return f1(precision, recall);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < SHINGLE) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }
}
