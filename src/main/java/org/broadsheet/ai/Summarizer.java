package org.broadsheet.ai;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Extractive summaries: a TL;DR and three to five key points taken from the article's own sentences.
 *
 * <p>Two stages keep it fast. First every sentence is scored cheaply: its position (news puts the essentials first),
 * its lexical TextRank centrality, and its word overlap with the title. Then the best few (four more than the points wanted) are embedded with the
 * title, scored again with their similarity to the centroid of that shortlist and to the title, and chosen one by one
 * with maximal marginal relevance, so that a point that repeats one already chosen loses to one that adds something.
 * Thread-safe.
 */
public final class Summarizer {
    /** Candidates kept for the embedding stage beyond the number of key points wanted. */
    private static final int SHORTLIST_EXTRA = 4;

    private static final double MMR_LAMBDA = 0.7;

    private final Embedder embedder;

    public Summarizer(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** The summary of {@code text} (paragraphs separated by blank lines) under {@code title}, which may be absent. */
    public Summary summarize(@Nullable String title, String text) {
        AnalysedText analysed = AnalysedText.of(text);
        List<Integer> candidates = KeyPointFilter.candidates(analysed.sentences());
        if (candidates.isEmpty()) {
            return Summary.empty();
        }
        int wanted = Math.min(keyPointCount(text), candidates.size());
        List<Map<String, Double>> tfidf =
                Centrality.tfidf(candidates.stream().map(analysed.terms()::get).toList(), analysed.bm25());
        double[] central = Centrality.textRank(tfidf);
        Map<String, Double> titleTerms = title == null ? Map.of() : Centrality.vector(Terms.of(title), analysed.bm25());
        int c = candidates.size();
        double[] position = new double[c];
        double[] prelim = new double[c];
        for (int k = 0; k < c; k++) {
            position[k] = 1 / Math.sqrt(1 + candidates.get(k));
            double titleOverlap = Centrality.cosine(tfidf.get(k), titleTerms);
            prelim[k] = 0.45 * position[k] + 0.35 * central[k] + 0.2 * titleOverlap;
        }
        List<Integer> shortlist = top(prelim, wanted + SHORTLIST_EXTRA);
        List<float[]> vectors = embedder.embedAll(shortlist.stream()
                .map(k -> analysed.sentences().get(candidates.get(k)).text())
                .toList());
        float[] centroid = centroid(vectors);
        float[] titleVector = title == null || title.isBlank() ? null : embedder.embed(title);
        double[] relevance = new double[shortlist.size()];
        for (int s = 0; s < shortlist.size(); s++) {
            int k = shortlist.get(s);
            double semantic = Embedder.similarity(vectors.get(s), centroid);
            double toTitle = titleVector == null ? semantic : Embedder.similarity(vectors.get(s), titleVector);
            relevance[s] = (0.35 * position[k] + 0.2 * central[k] + 0.25 * semantic + 0.2 * toTitle)
                    * KeyPointFilter.standalone(
                            analysed.sentences().get(candidates.get(k)).text());
        }
        List<Integer> chosen = Mmr.select(relevance, vectors, wanted, MMR_LAMBDA);
        List<Integer> indexes = chosen.stream()
                .map(s -> candidates.get(shortlist.get(s)))
                .sorted()
                .toList();
        List<Integer> tldr =
                tldr(chosen.stream().map(s -> candidates.get(shortlist.get(s))).toList(), analysed);
        return new Summary(
                String.join(" ", tldr.stream().map(i -> clean(analysed, i)).toList()),
                indexes.stream().map(i -> clean(analysed, i)).toList(),
                indexes,
                tldr);
    }

    /** The first {@code n} sentences: the Lead-n baseline. */
    public static List<String> lead(String text, int n) {
        return SentenceSplitter.split(text).stream()
                .limit(n)
                .map(Sentence::text)
                .toList();
    }

    /** Three key points up to 600 words, four up to 1,200, five beyond. */
    static int keyPointCount(String text) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return words <= 600 ? 3 : words <= 1200 ? 4 : 5;
    }

    /** The best sentence, with the second best after it when the best is too short to stand alone. */
    private static List<Integer> tldr(List<Integer> byRelevance, AnalysedText analysed) {
        int first = byRelevance.getFirst();
        if (byRelevance.size() > 1 && words(analysed.sentences().get(first).text()) < 14) {
            return List.of(first, byRelevance.get(1)).stream().sorted().toList();
        }
        return List.of(first);
    }

    private static String clean(AnalysedText analysed, int index) {
        return KeyPointFilter.clean(analysed.sentences().get(index).text());
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    private static List<Integer> top(double[] scores, int k) {
        return IntStream.range(0, scores.length)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(k)
                .toList();
    }

    private static float[] centroid(List<float[]> vectors) {
        float[] sum = new float[Embedder.DIMENSIONS];
        for (float[] v : vectors) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += v[d];
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < sum.length; d++) {
            sum[d] *= scale;
        }
        return sum;
    }
}
