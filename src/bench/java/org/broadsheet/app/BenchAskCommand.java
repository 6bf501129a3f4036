package org.broadsheet.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.ai.AnswerBenchmark;
import org.broadsheet.ai.Answerer;
import org.broadsheet.ai.Embedder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
            "With --articles, reads questions in the SQuAD layout instead: {\"id\", \"article\", \"question\","
                    + " \"answers\": [...]} (any of the answers is right) over the articles of that file, {\"article\","
                    + " \"text\"}, as in ../shared/corpora/qa-dev-squad/.",
            "Exit code 2 when a line or the file cannot be read, or there is nothing to score."
        })
final class BenchAskCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A JSON Lines file; '-' for standard input.")
    String file = "-";

    @Option(
            names = "--articles",
            paramLabel = "ARTICLES",
            description = "JSON Lines {\"article\", \"text\"}: the articles FILE's questions name by \"article\".")
    @Nullable
    String articles;

    private final InputStream stdin = System.in;

    @Override
    public Integer call() {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<AnswerBenchmark.Case> cases;
        boolean rejected;
        if (articles == null) {
            JsonLines.Input input = JsonLines.readOrReport("bench ask", file, stdin, err, "text", "question");
            if (input == null) {
                return 2;
            }
            rejected = input.rejected();
            cases = input.lines().stream()
                    .map(line -> new AnswerBenchmark.Case(
                            Objects.requireNonNull(JsonLines.text(line, "text")),
                            Objects.requireNonNull(JsonLines.text(line, "question")),
                            JsonLines.text(line, "answer")))
                    .toList();
        } else {
            JsonLines.Input texts = JsonLines.readOrReport("bench ask", articles, stdin, err, "article", "text");
            JsonLines.Input input = JsonLines.readOrReport("bench ask", file, stdin, err, "article", "question");
            if (texts == null || input == null) {
                return 2;
            }
            Map<String, String> byName = new HashMap<>();
            texts.lines().forEach(line -> byName.put(JsonLines.text(line, "article"), JsonLines.text(line, "text")));
            rejected = texts.rejected() || input.rejected();
            List<AnswerBenchmark.Case> squad = new ArrayList<>();
            for (JsonNode line : input.lines()) {
                String text = byName.get(JsonLines.text(line, "article"));
                if (text == null) {
                    err.println("bench ask: " + file + ": no article " + line.get("article") + " in " + articles);
                    rejected = true;
                    continue;
                }
                List<String> answers = new ArrayList<>();
                line.path("answers").forEach(a -> answers.add(a.asText()));
                squad.add(new AnswerBenchmark.Case(
                        text, Objects.requireNonNull(JsonLines.text(line, "question")), answers));
            }
            cases = squad;
        }
        if (cases.stream().allMatch(c -> c.answers().isEmpty())) {
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
                "answer shown holds an expected text: %.3f (mean answer %.1f words)%n",
                r.answerHolds(),
                r.answerWords());
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
        return rejected ? 2 : 0;
    }
}
