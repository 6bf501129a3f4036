package org.broadsheet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.ai.Embedder;
import org.broadsheet.story.ClusterArticle;
import org.broadsheet.story.ClusterSettings;
import org.broadsheet.story.StoryReplay;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code broadsheet cluster FILE}: groups the articles of a JSON Lines file into stories, with no server. */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = {
            "Groups articles into stories as the live system does (in published order) and prints one"
                    + " {\"id\", \"story\"} line per article, in input order.",
            "Input: JSON Lines {\"id\", \"title\", \"text\", \"published\" (ISO-8601 or null), \"source\","
                    + " \"language\"}. Exit code 2 when the file cannot be read or a line is invalid."
        })
final class ClusterCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "JSON Lines; '-' for standard input, .gz is read compressed.")
    String file = "-";

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    private final InputStream stdin;

    ClusterCommand() {
        this(System.in);
    }

    ClusterCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        CommandLine.Model.CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        List<ClusterInput.Line> lines;
        try {
            lines = ClusterInput.read(file, stdin);
        } catch (IOException e) {
            spec.commandLine().getErr().println("cluster: " + file + ": " + InputFiles.reason(e));
            spec.commandLine().getErr().flush();
            return 2;
        }
        List<ClusterArticle> articles;
        try (Embedder embedder = Embedder.load()) {
            articles = ClusterInput.embed(lines, embedder::embed);
        }
        Map<Long, String> stories =
                StoryReplay.named(articles, StoryReplay.cluster(articles, ClusterSettings.defaults()));
        PrintWriter out = spec.commandLine().getOut();
        ClusterInput.write(lines, stories, out);
        return 0;
    }
}
