package org.broadsheet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.ai.Embedder;
import org.broadsheet.story.ClusterFile;
import org.broadsheet.story.ClusterRun;
import org.broadsheet.story.ClusterSettings;
import org.broadsheet.story.LabelledArticle;
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
        List<LabelledArticle> articles;
        try {
            articles = ClusterFiles.read(file, stdin, false);
        } catch (IOException e) {
            spec.commandLine().getErr().println("cluster: " + file + ": " + InputFiles.reason(e));
            spec.commandLine().getErr().flush();
            return 2;
        }
        ClusterRun run;
        try (Embedder embedder = Embedder.load()) {
            run = ClusterRun.run(articles, embedder::embed, ClusterSettings.defaults());
        }
        PrintWriter out = spec.commandLine().getOut();
        ClusterFile.write(articles, run.stories(), out);
        return 0;
    }
}
