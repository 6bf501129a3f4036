package org.broadsheet.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.ai.Answer;
import org.broadsheet.ai.Answerer;
import org.broadsheet.ai.Embedder;
import org.broadsheet.ai.PreparedArticle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet ask FILE}: answers each question about its article from the article's own sentences. */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = {
            "Answers questions about articles offline. Reads JSON Lines {\"id\", \"text\", \"question\"} and writes"
                    + " {\"id\", \"answer\", \"sentences\": [indexes into the article's sentences], \"score\"}.",
            "\"answer\" is null when the article does not seem to say (score below the threshold); \"sentences\""
                    + " then still name the closest passage. Exit code 2 when a line or the file cannot be read."
        })
final class AskCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A JSON Lines file; '-' for standard input.")
    String file = "-";

    private final InputStream stdin;

    AskCommand() {
        this(System.in);
    }

    AskCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonLines.Input input = JsonLines.readOrReport("ask", file, stdin, err, "text", "question");
        if (input == null) {
            return 2;
        }
        try (Embedder embedder = Embedder.load()) {
            Answerer answerer = new Answerer(embedder);
            PreparedArticles prepared = new PreparedArticles(answerer);
            int position = 0;
            for (JsonNode line : input.lines()) {
                position++;
                PreparedArticle article = prepared.of(Objects.requireNonNull(JsonLines.text(line, "text")));
                Answer answer = answerer.ask(article, Objects.requireNonNull(JsonLines.text(line, "question")));
                Map<String, @Nullable Object> json = new LinkedHashMap<>();
                json.put("id", JsonLines.id(line, position));
                json.put("answer", answer.found() ? answer.text() : null);
                json.put("sentences", answer.sentences());
                json.put("score", Math.round(answer.score() * 1000) / 1000.0);
                JsonLines.write(out, json);
            }
        }
        out.flush();
        err.flush();
        return input.rejected() ? 2 : 0;
    }
}
