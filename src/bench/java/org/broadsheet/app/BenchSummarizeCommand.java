package org.broadsheet.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.ai.Embedder;
import org.broadsheet.ai.Rouge;
import org.broadsheet.ai.Summarizer;
import org.broadsheet.ai.SummaryBenchmark;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet bench summarize FILE}: ROUGE of the key points and of Lead-3 against reference summaries. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = {
            "Scores key points and Lead-3 against references: reads JSON Lines {\"id\", \"title\", \"text\","
                    + " \"reference\"} (reference sentences separated by newlines) and prints mean ROUGE-1, ROUGE-2"
                    + " and ROUGE-Lsum F1 (lower-cased, Porter-stemmed) and the summariser's time per article.",
            "Exit code 2 when a line or the file cannot be read, or there is nothing to score."
        })
final class BenchSummarizeCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A JSON Lines file; '-' for standard input.")
    String file = "-";

    @Option(
            names = "--repeat",
            defaultValue = "1",
            description = "Time each summary this many times (default: ${DEFAULT-VALUE}).")
    int repeat = 1;

    private final InputStream stdin = System.in;

    @Override
    public Integer call() {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonLines.Input input = JsonLines.readOrReport("bench summarize", file, stdin, err, "text", "reference");
        if (input == null) {
            return 2;
        }
        if (input.lines().isEmpty()) {
            err.println("bench summarize: no lines with \"text\" and \"reference\" in " + file);
            err.flush();
            return 2;
        }
        List<SummaryBenchmark.Case> cases =
                input.lines().stream().map(BenchSummarizeCommand::toCase).toList();
        SummaryBenchmark.Result result;
        try (Embedder embedder = Embedder.load()) {
            result = SummaryBenchmark.run(new Summarizer(embedder), cases, Math.max(1, repeat));
        }
        out.printf(Locale.ROOT, "%d articles, %.0f words on average%n", result.articles(), result.words());
        out.println("                 ROUGE-1  ROUGE-2  ROUGE-Lsum   (mean F1)");
        row(out, "key points", result.keyPoints());
        row(out, "Lead-3", result.lead3());
        out.println("summary time: " + result.time().describe() + ", one thread, after a warm-up pass");
        out.println("summary CPU time of that thread (the model runs on it): "
                + result.cpuTime().describe());
        out.flush();
        err.flush();
        return input.rejected() ? 2 : 0;
    }

    private static SummaryBenchmark.Case toCase(JsonNode line) {
        return new SummaryBenchmark.Case(
                JsonLines.text(line, "title"),
                Objects.requireNonNull(JsonLines.text(line, "text")),
                Objects.requireNonNull(JsonLines.text(line, "reference")));
    }

    private static void row(PrintWriter out, String name, Rouge.Scores s) {
        out.printf(Locale.ROOT, "%-15s  %7.4f  %7.4f  %10.4f%n", name, s.rouge1(), s.rouge2(), s.rougeLsum());
    }
}
