package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.broadsheet.extract.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    private static final String PAGE = "<html lang=en><head><title>Hello world story | Site</title></head><body>"
            + "<article><p>A first paragraph with enough words, commas, and length to be the article body.</p>"
            + "<img src='pic.jpg'></article></body></html>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(ExtractCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsOneJsonObjectForOneFile() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        assertThat(run(new ExtractCommand(), "--url", "https://www.example.com/news/x", page.toString()))
                .isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.get("file").asText()).isEqualTo(page.toString());
        assertThat(json.get("url").asText()).isEqualTo("https://www.example.com/news/x");
        assertThat(json.get("title").asText()).isEqualTo("Hello world story");
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("published").isNull()).isTrue();
        assertThat(json.get("text").asText()).startsWith("A first paragraph");
        assertThat(json.get("html").asText()).contains("https://www.example.com/news/pic.jpg");
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly(
                        "file",
                        "url",
                        "title",
                        "byline",
                        "siteName",
                        "published",
                        "language",
                        "image",
                        "excerpt",
                        "text",
                        "html");
    }

    @Test
    void printsJsonLinesForSeveralFilesIncludingGzipAndUsesTheirFileUris() throws IOException {
        Path plain = Files.writeString(dir.resolve("a.html"), PAGE);
        Path gz = dir.resolve("b.html.gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gz))) {
            os.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run(new ExtractCommand(), plain.toString(), gz.toString())).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode second = JSON.readTree(lines[1]);
        assertThat(second.get("url").asText()).isEqualTo(gz.toUri().toString());
        assertThat(second.get("text").asText()).startsWith("A first paragraph");
    }

    @Test
    void readsStandardInputForDash() throws IOException {
        ExtractCommand command = new ExtractCommand(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertThat(run(command, "-")).isZero();
        JsonNode json = JSON.readTree(out.toString());
        assertThat(json.get("url").asText()).isEqualTo("about:blank");
        assertThat(json.get("title").asText()).isEqualTo("Hello world story");
    }

    @Test
    void exitsWithTwoAndOneLineReasonForUnreadableInput() {
        assertThat(run(new ExtractCommand(), dir.resolve("missing.html").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("missing.html").contains("no such file");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rejectsBrokenGzipAsUnreadable() throws IOException {
        Path gz = Files.writeString(dir.resolve("broken.html.gz"), "not gzip at all");
        assertThat(run(new ExtractCommand(), gz.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("extract: cannot read");
    }

    @Test
    void keepsExtractingTheOtherFilesWhenOnePageThrows() throws IOException {
        Path first = Files.writeString(dir.resolve("first.html"), PAGE);
        Path bad = Files.writeString(dir.resolve("bad.html"), "<html>trips the extractor</html>");
        Path last = Files.writeString(dir.resolve("last.html"), PAGE);
        ArticleExtractor real = new ArticleExtractor();
        ExtractCommand command = new ExtractCommand(InputStream.nullInputStream(), (body, base) -> {
            if (new String(body, StandardCharsets.UTF_8).contains("trips the extractor")) {
                throw new IllegalStateException("node stack\nexhausted");
            }
            return real.extract(body, null, base);
        });

        int exit = run(command, first.toString(), bad.toString(), last.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .containsExactly("extract: cannot extract " + bad + ": node stack exhausted");
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("file").asText()).isEqualTo(first.toString());
        assertThat(JSON.readTree(lines.get(1)).get("file").asText()).isEqualTo(last.toString());
    }

    @Test
    void refusesAPageOverTenMegabytesWithTooLargeAndExtractsTheRest() throws IOException {
        Path huge = dir.resolve("huge.html");
        Files.write(huge, new byte[ArticleExtractor.MAX_INPUT_BYTES + 1]);
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);

        int exit = run(new ExtractCommand(), huge.toString(), page.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .singleElement()
                .asString()
                .startsWith("extract: cannot extract " + huge + ": TOO_LARGE: ");
        assertThat(out.toString().lines().toList()).hasSize(1);
    }
}
