package org.broadsheet.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.ai.Embedder;
import org.broadsheet.ai.Summarizer;
import org.broadsheet.ai.Summary;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet summarize FILE}: the TL;DR and key points of each article in a JSON Lines file. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        description = {
            "Summarises articles offline. Reads JSON Lines {\"id\", \"title\" (or null), \"text\"} and writes"
                    + " {\"id\", \"tldr\", \"keyPoints\": [...]} per line.",
            "Exit code 2 when a line or the file cannot be read; the other lines are still summarised."
        })
final class SummarizeCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A JSON Lines file; '-' for standard input.")
    String file = "-";

    private final InputStream stdin;

    SummarizeCommand() {
        this(System.in);
    }

    SummarizeCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonLines.Input input = JsonLines.readOrReport("summarize", file, stdin, err, "text");
        if (input == null) {
            return 2;
        }
        try (Embedder embedder = Embedder.load()) {
            Summarizer summarizer = new Summarizer(embedder);
            int position = 0;
            for (JsonNode line : input.lines()) {
                position++;
                Summary summary = summarizer.summarize(JsonLines.text(line, "title"), JsonLines.text(line, "text"));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", JsonLines.id(line, position));
                json.put("tldr", summary.tldr());
                json.put("keyPoints", summary.keyPoints());
                JsonLines.write(out, json);
            }
        }
        out.flush();
        err.flush();
        return input.rejected() ? 2 : 0;
    }
}
