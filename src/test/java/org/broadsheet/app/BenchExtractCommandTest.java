package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchExtractCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new BenchExtractCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        // The node peers (npm packages) stay out of the test suite.
        String[] withoutNode = java.util.Arrays.copyOf(args, args.length + 1);
        withoutNode[args.length] = "--no-node";
        return cli.execute(withoutNode);
    }

    private void writeOneCase() throws IOException {
        Path page = Files.createDirectories(dir.resolve("case-1"));
        String article = "<p>The council approved the new budget on Tuesday, after a long debate about schools,"
                + " roads and the library, which will now open on Sundays as well.</p>";
        Files.writeString(
                page.resolve("source.html"),
                "<html><head><title>Budget</title></head><body><nav>Home News Sport</nav><article>" + article
                        + "</article></body></html>");
        Files.writeString(page.resolve("expected.html"), "<div>" + article + "</div>");
    }

    @Test
    void runsBroadsheetAndThePeerAdaptersOnTheSamePages() throws IOException {
        writeOneCase();
        assertThat(run("--corpus", dir.toString(), "--warm-up", "0", "--rounds", "1"))
                .as(err.toString())
                .isZero();
        String table = out.toString();
        assertThat(table).contains("| Broadsheet | 1 |", "| Readability4J | 1 |", "| boilerpipe | 1 |");
        assertThat(table).contains("crux: not available from the package registry");
        assertThat(table).doesNotContain("threw on");
    }

    @Test
    void onlyRunsTheNamedExtractors() throws IOException {
        writeOneCase();
        assertThat(run("--corpus", dir.toString(), "--warm-up", "0", "--rounds", "1", "--only", "broadsheet"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("| Broadsheet | 1 |").doesNotContain("Readability4J", "boilerpipe", "crux");
    }

    @Test
    void exitsWithTwoForAnUnknownExtractorOrNoRounds() throws IOException {
        writeOneCase();
        assertThat(run("--corpus", dir.toString(), "--only", "nonesuch")).isEqualTo(2);
        assertThat(err.toString()).contains("no extractor is named [nonesuch]");
        assertThat(run("--corpus", dir.toString(), "--rounds", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--rounds must be at least 1");
        assertThat(run("--corpus", dir.toString(), "--warm-up", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--warm-up must be at least 0");
    }

    @Test
    void exitsWithTwoWithoutCases() {
        assertThat(run("--corpus", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no cases");
    }

    @Test
    void reportsEachCorpusOnItsOwnWithTheWorstPages() throws IOException {
        writeOneCase();
        Path news = Files.createDirectories(dir.resolve("news"));
        Path html = Files.createDirectories(news.resolve("html"));
        String article = "<p>The ferry to the islands runs twice a day from the harbour, weather permitting, and"
                + " costs four pounds.</p>";
        try (var gzip = new GZIPOutputStream(Files.newOutputStream(html.resolve("p1.html.gz")))) {
            gzip.write(("<html><head><title>Ferry times</title></head><body>" + article
                            + "<aside>Read more: bus times</aside></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(
                news.resolve("ground-truth.jsonl"),
                "{\"id\": \"p1\", \"url\": \"https://news.example/ferry\", \"title\": \"Ferry times\","
                        + " \"text\": \"The ferry to the islands runs twice a day from the harbour, weather"
                        + " permitting, and costs four pounds.\"}\n");
        assertThat(run(
                        "--corpus", dir.toString(),
                        "--corpus", news.toString(),
                        "--warm-up", "0",
                        "--rounds", "1",
                        "--only", "broadsheet",
                        "--worst", "1"))
                .as(err.toString())
                .isZero();
        String report = out.toString();
        assertThat(report).contains("## " + dir.getFileName() + " (1 pages)", "## news (1 pages)");
        assertThat(report).contains("| title | 1 | 1 | 1.000 |");
        assertThat(report)
                .contains("pages where Broadsheet's precision is lowest", "- p1 (https://news.example/ferry)");
    }
}
