package org.broadsheet.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.ai.BriefingBenchmark;
import org.broadsheet.ai.Coverage;
import org.broadsheet.ai.Embedder;
import org.broadsheet.ai.Latencies;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet bench brief FILE}: the time to brief one story, from text and from the stored summaries. */
@Command(
        name = "brief",
        mixinStandardHelpOptions = true,
        description = {
            "Times a story page's briefing: reads JSON Lines {\"id\", \"title\", \"text\"}, one article of the story a"
                    + " line (the outlet is the id up to its first '/'), stores them in a temporary SQLite database"
                    + " and briefs the story from the text each time, then from the stored summaries and sentence"
                    + " vectors.",
            "Exit code 2 when a line or the file cannot be read, or there are fewer than two articles."
        })
final class BenchBriefCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A JSON Lines file; '-' for standard input.")
    String file = "-";

    @Option(
            names = "--repeat",
            defaultValue = "20",
            description = "Brief the story this many times in each way (default: ${DEFAULT-VALUE}).")
    int repeat = 20;

    private final InputStream stdin = System.in;

    @Override
    public Integer call() throws IOException {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonLines.Input input = JsonLines.readOrReport("bench brief", file, stdin, err, "text", "title");
        if (input == null) {
            return 2;
        }
        if (input.lines().size() < 2) {
            err.println("bench brief: a story needs at least two lines with \"title\" and \"text\" in " + file);
            err.flush();
            return 2;
        }
        Path dir = Files.createTempDirectory("broadsheet-bench-brief");
        // Sized like the application's CPU pool: summaries and sentence embeddings run there.
        ExecutorService cpu = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        BriefingBenchmark.Result result;
        try (Embedder embedder = Embedder.load();
                Database db = Database.open("jdbc:sqlite:" + dir.resolve("bench.db"))) {
            List<Coverage> warmUp = store(db, input.lines(), "warm-up");
            List<Coverage> coverage = store(db, input.lines(), "story");
            ArticleAssistant assistant =
                    new ArticleAssistant(embedder, db.summaries(), db.sources(), cpu, null, Clock.systemUTC());
            result = BriefingBenchmark.run(embedder, assistant, warmUp, coverage, Math.max(1, repeat));
        } finally {
            cpu.shutdown();
            delete(dir);
        }
        out.printf(
                "%d articles in one story; CPU pool of %d threads%n",
                result.articles(), Runtime.getRuntime().availableProcessors());
        row(out, "from text each time (before)", result.fromText());
        row(out, "first time, stored", result.firstStored());
        row(out, "from stored summaries and vectors", result.stored());
        row(out, "kept briefing, same version", result.kept());
        out.flush();
        err.flush();
        return input.rejected() ? 2 : 0;
    }

    /** Stores the lines as articles whose guids and hashes start with {@code copy}. */
    private static List<Coverage> store(Database db, List<JsonNode> lines, String copy) {
        Map<String, Long> sources = new HashMap<>();
        db.sources().all().forEach(s -> sources.put(s.name(), s.id()));
        List<Coverage> coverage = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String id = Objects.requireNonNullElse(JsonLines.text(line, "id"), "outlet-" + i);
            String outlet = id.contains("/") ? id.substring(0, id.indexOf('/')) : id;
            long source = sources.computeIfAbsent(
                    outlet,
                    o -> db.sources()
                            .add(NewSource.of(o, URI.create("https://" + o + ".invalid/feed")))
                            .id());
            String text = Objects.requireNonNull(JsonLines.text(line, "text"));
            String title = Objects.requireNonNull(JsonLines.text(line, "title"));
            long articleId = db.articles()
                    .upsert(new ArticleDraft(
                            source,
                            URI.create("https://" + outlet + ".invalid/" + copy + "/" + i),
                            null,
                            copy + "-" + i,
                            title,
                            null,
                            now,
                            null,
                            now,
                            "en",
                            text,
                            "<p></p>",
                            "",
                            null,
                            text.split("\\s+").length,
                            copy + "-" + i + "-" + text.hashCode()))
                    .id();
            Article article = db.articles().find(articleId).orElseThrow();
            coverage.add(Coverage.of(outlet, article));
        }
        return coverage;
    }

    private static void row(PrintWriter out, String name, Latencies l) {
        out.printf("%-34s %s%n", name + ":", l.describe());
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
