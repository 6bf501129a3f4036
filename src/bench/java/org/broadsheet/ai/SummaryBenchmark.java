package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Scores the key points and the Lead-3 baseline against reference summaries with ROUGE, and times the summariser.
 */
public final class SummaryBenchmark {
    /** One article with its reference summary (newline-separated sentences). */
    public record Case(@Nullable String title, String text, String reference) {}

    /** Mean ROUGE F1 of the key points and of Lead-3, the summariser's timings, and the mean article length. */
    public record Result(
            int articles,
            Rouge.Scores keyPoints,
            Rouge.Scores lead3,
            Latencies time,
            Latencies cpuTime,
            double words) {}

    private SummaryBenchmark() {}

    /** Summarises every case once to warm up, then again timed and scored. */
    public static Result run(Summarizer summarizer, List<Case> cases) {
        return run(summarizer, cases, 1);
    }

    /** Like {@link #run(Summarizer, List)}, timing each summary {@code repeats} times (scores are the same). */
    public static Result run(Summarizer summarizer, List<Case> cases, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1: " + repeats);
        }
        for (Case c : cases) {
            summarizer.summarize(c.title(), c.text());
        }
        List<Rouge.Scores> ours = new ArrayList<>();
        List<Rouge.Scores> lead = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double words = 0;
        for (Case c : cases) {
            Summary summary = summarizer.summarize(c.title(), c.text());
            for (int r = 0; r < repeats; r++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                summarizer.summarize(c.title(), c.text());
                millis.add((System.nanoTime() - start) / 1e6);
                cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
            ours.add(Rouge.score(String.join("\n", summary.keyPoints()), c.reference()));
            lead.add(Rouge.score(String.join("\n", Summarizer.lead(c.text(), 3)), c.reference()));
            words += c.text().isBlank() ? 0 : c.text().strip().split("\\s+").length;
        }
        return new Result(
                cases.size(),
                mean(ours),
                mean(lead),
                Latencies.of(millis),
                Latencies.of(cpuMillis),
                cases.isEmpty() ? 0 : words / cases.size());
    }

    static Rouge.Scores mean(List<Rouge.Scores> scores) {
        if (scores.isEmpty()) {
            return new Rouge.Scores(0, 0, 0);
        }
        return new Rouge.Scores(
                scores.stream().mapToDouble(Rouge.Scores::rouge1).average().orElse(0),
                scores.stream().mapToDouble(Rouge.Scores::rouge2).average().orElse(0),
                scores.stream().mapToDouble(Rouge.Scores::rougeLsum).average().orElse(0));
    }
}
