package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Measures answer retrieval: precision at 1 and mean reciprocal rank of the sentence holding the expected answer, for
 * the hybrid answerer and for BM25 alone; how often "the article doesn't say" is given, rightly and wrongly; and the
 * time to answer once an article is prepared.
 */
public final class AnswerBenchmark {
    /**
     * A question about an article, with the texts any of which is a right answer (SQuAD gives several), or none when
     * the article does not answer it.
     */
    public record Case(String text, String question, List<String> answers) {
        public Case {
            answers = List.copyOf(answers);
        }

        /** A question with one expected answer, or null when the article does not answer it. */
        public Case(String text, String question, @Nullable String answer) {
            this(text, question, answer == null ? List.of() : List.of(answer));
        }
    }

    /**
     * The figures over the answerable cases (and the refusal rate over the others).
     *
     * @param notFoundOnAnswerable answerable questions wrongly given "the article doesn't say"
     * @param notFoundOnUnanswerable unanswerable questions rightly given it
     * @param answerHolds the share of answerable questions whose answer as shown (the passage) contains one of the
     *     expected texts, whether or not it is given as found
     * @param answerWords the mean length of those answers, in words
     */
    public record Result(
            int answerable,
            int unanswerable,
            double precisionAt1,
            double mrr,
            double answerHolds,
            double answerWords,
            double bm25PrecisionAt1,
            double bm25Mrr,
            double notFoundOnAnswerable,
            double notFoundOnUnanswerable,
            Latencies answerTime,
            Latencies answerCpuTime,
            Latencies prepareTime) {}

    private AnswerBenchmark() {}

    /** Prepares each distinct article once (timed), then asks every question twice: once to warm up, once timed. */
    public static Result run(Answerer answerer, List<Case> cases) {
        Map<String, PreparedArticle> prepared = new HashMap<>();
        List<Double> prepareMillis = new ArrayList<>();
        for (Case c : cases) {
            if (!prepared.containsKey(c.text())) {
                long start = System.nanoTime();
                prepared.put(c.text(), answerer.prepare(c.text()));
                prepareMillis.add((System.nanoTime() - start) / 1e6);
            }
        }
        cases.forEach(c -> answerer.ask(prepared.get(c.text()), c.question()));
        int answerable = 0;
        int unanswerable = 0;
        double p1 = 0;
        double rr = 0;
        double bmP1 = 0;
        double bmRr = 0;
        int wrongRefusals = 0;
        int rightRefusals = 0;
        double holds = 0;
        double answerWords = 0;
        List<Double> answerMillis = new ArrayList<>();
        List<Double> answerCpuMillis = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Case c : cases) {
            PreparedArticle article = prepared.get(c.text());
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Answer answer = answerer.ask(article, c.question());
            answerMillis.add((System.nanoTime() - start) / 1e6);
            answerCpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            if (c.answers().isEmpty()) {
                unanswerable++;
                rightRefusals += answer.found() ? 0 : 1;
                continue;
            }
            answerable++;
            Set<Integer> gold = new HashSet<>();
            c.answers().forEach(expected -> gold.addAll(goldSentences(article, expected)));
            String shown = normal(answer.text());
            holds += c.answers().stream().anyMatch(expected -> contains(shown, normal(expected))) ? 1 : 0;
            answerWords += answer.text().isBlank() ? 0 : answer.text().strip().split("\\s+").length;
            List<Integer> ranking = answerer.ranking(article, c.question());
            List<Integer> bm25 = Answerer.bm25Ranking(article, c.question());
            p1 += gold.contains(ranking.getFirst()) ? 1 : 0;
            rr += reciprocalRank(ranking, gold);
            bmP1 += gold.contains(bm25.getFirst()) ? 1 : 0;
            bmRr += reciprocalRank(bm25, gold);
            wrongRefusals += answer.found() ? 0 : 1;
        }
        int a = Math.max(1, answerable);
        return new Result(
                answerable,
                unanswerable,
                p1 / a,
                rr / a,
                holds / a,
                answerWords / a,
                bmP1 / a,
                bmRr / a,
                (double) wrongRefusals / a,
                unanswerable == 0 ? 0 : (double) rightRefusals / unanswerable,
                Latencies.of(answerMillis),
                Latencies.of(answerCpuMillis),
                Latencies.of(prepareMillis));
    }

    /**
     * The sentences that hold the expected answer: those containing it, or else the one sharing the most of its
     * words (ties all count).
     */
    static Set<Integer> goldSentences(PreparedArticle article, String answer) {
        Set<Integer> gold = new HashSet<>();
        String wanted = normal(answer);
        List<Sentence> sentences = article.sentences();
        for (Sentence s : sentences) {
            String text = normal(s.text());
            if (text.contains(wanted)) {
                gold.add(s.index());
            }
        }
        if (!gold.isEmpty()) {
            return gold;
        }
        Set<String> words = Set.of(wanted.split(" "));
        double best = 0;
        for (Sentence s : sentences) {
            Set<String> have = new HashSet<>(List.of(normal(s.text()).split(" ")));
            have.retainAll(words);
            double share = (double) have.size() / words.size();
            if (share > best) {
                best = share;
                gold.clear();
                gold.add(s.index());
            } else if (share == best && share > 0) {
                gold.add(s.index());
            }
        }
        return gold;
    }

    /** Whether {@code text} holds {@code wanted} as whole words (both normalised). */
    private static boolean contains(String text, String wanted) {
        return !wanted.isEmpty() && (" " + text + " ").contains(" " + wanted + " ");
    }

    private static String normal(String s) {
        return s.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static double reciprocalRank(List<Integer> ranking, Set<Integer> gold) {
        for (int i = 0; i < ranking.size(); i++) {
            if (gold.contains(ranking.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }
}
