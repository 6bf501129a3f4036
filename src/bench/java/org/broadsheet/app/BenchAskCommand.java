package org.broadsheet.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.ai.AnswerBenchmark;
import org.broadsheet.ai.Answerer;
import org.broadsheet.ai.Embedder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet bench ask FILE}: precision at 1 and MRR of the answer sentence, beside BM25 alone. */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = {
            "Measures answer retrieval: reads JSON Lines {\"id\", \"text\", \"question\", \"answer\"} (answer: text of"
                    + " the article, or null when the article does not answer) and prints precision at 1 and MRR of"
                    + " the sentence holding the answer, for the hybrid answerer and for BM25 alone, the"
                    + " \"doesn't say\" rates and the answer time.",
            "Exit code 2 when a line or the file cannot be read, or there is nothing to score."
        })
final class BenchAskCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A JSON Lines file; '-' for standard input.")
    String file = "-";

    private final InputStream stdin = System.in;

    @Override
    public Integer call() {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonLines.Input input = JsonLines.readOrReport("bench ask", file, stdin, err, "text", "question");
        if (input == null) {
            return 2;
        }
        List<AnswerBenchmark.Case> cases = input.lines().stream()
                .map(line -> new AnswerBenchmark.Case(
                        Objects.requireNonNull(JsonLines.text(line, "text")),
                        Objects.requireNonNull(JsonLines.text(line, "question")),
                        JsonLines.text(line, "answer")))
                .toList();
        if (cases.stream().allMatch(c -> c.answer() == null)) {
            err.println("bench ask: no line with an \"answer\" text in " + file);
            err.flush();
            return 2;
        }
        AnswerBenchmark.Result r;
        try (Embedder embedder = Embedder.load()) {
            r = AnswerBenchmark.run(new Answerer(embedder), cases);
        }
        out.printf(Locale.ROOT, "%d answerable questions, %d unanswerable%n", r.answerable(), r.unanswerable());
        out.println("                 P@1     MRR");
        out.printf(Locale.ROOT, "%-15s  %.3f   %.3f%n", "hybrid", r.precisionAt1(), r.mrr());
        out.printf(Locale.ROOT, "%-15s  %.3f   %.3f%n", "BM25 alone", r.bm25PrecisionAt1(), r.bm25Mrr());
        out.printf(
                Locale.ROOT,
                "\"doesn't say\": %.1f%% of answerable questions (wrong), %.1f%% of unanswerable ones (right)%n",
                100 * r.notFoundOnAnswerable(),
                100 * r.notFoundOnUnanswerable());
        out.println("answer time (article prepared): " + r.answerTime().describe());
        out.println("answer CPU time of that thread: " + r.answerCpuTime().describe());
        out.println("prepare time per article (split, analyse, embed every sentence): "
                + r.prepareTime().describe());
        out.flush();
        err.flush();
        return input.rejected() ? 2 : 0;
    }
}
