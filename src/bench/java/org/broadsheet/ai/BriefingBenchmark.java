package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Times the briefing of one story as a story page asks for it: briefed from the articles' text every time (as when
 * nothing is stored), the first time with the AI panel's store (summaries computed and stored), and again from the
 * stored summaries and sentence vectors, with a new briefer each time (after a restart) or the same one (its kept
 * briefing).
 */
public final class BriefingBenchmark {
    /** The timings, in milliseconds per briefing. */
    public record Result(int articles, Latencies fromText, Latencies firstStored, Latencies stored, Latencies kept) {}

    private BriefingBenchmark() {}

    /**
     * Briefs {@code coverage} (each entry naming its stored article) {@code repeats} times in each way; the vectors of
     * every article's sentences are made ready through {@code assistant} before the stored rounds, as a reader's
     * first view of each article does in the background. {@code warmUp}, another stored copy of the same story, is
     * briefed first so that the first stored briefing is timed without class loading and compilation.
     */
    public static Result run(
            Embedder embedder,
            ArticleAssistant assistant,
            List<Coverage> warmUp,
            List<Coverage> coverage,
            int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1: " + repeats);
        }
        coverage.forEach(c -> Objects.requireNonNull(c.article(), "coverage must name its stored article"));
        List<Coverage> textOnly = coverage.stream()
                .map(c -> new Coverage(c.outlet(), c.title(), c.text()))
                .toList();
        StoryBriefer plain = new StoryBriefer(embedder);
        plain.brief(textOnly);
        Latencies fromText = time(repeats, () -> plain.brief(textOnly));
        new StoryBriefer(embedder, assistant).brief(warmUp);
        Latencies first = time(1, () -> new StoryBriefer(embedder, assistant).brief(coverage));
        for (Coverage c : coverage) {
            assistant.ask(Objects.requireNonNull(c.article()), "What happened?");
        }
        Latencies stored = time(repeats, () -> new StoryBriefer(embedder, assistant).brief(coverage));
        StoryBriefer keeping = new StoryBriefer(embedder, assistant);
        keeping.brief(coverage);
        Latencies kept = time(repeats, () -> keeping.brief(coverage));
        return new Result(coverage.size(), fromText, first, stored, kept);
    }

    private static Latencies time(int repeats, Supplier<Briefing> brief) {
        List<Double> millis = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            brief.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Latencies.of(millis);
    }
}
