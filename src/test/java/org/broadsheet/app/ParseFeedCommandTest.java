package org.broadsheet.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseFeedCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/feed");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ParseFeedCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void printsOneJsonLinePerFileWithErrorsForNonFeeds() throws IOException {
        String feed = FIXTURES.resolve("rss2-full.xml").toString();
        String page = FIXTURES.resolve("html-page.html").toString();

        int exit = run("--url", "https://example.org/feeds/rss2-full.xml", feed, page);

        assertThat(exit).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode parsed = lines.get(0);
        assertThat(parsed.fieldNames()).toIterable().containsExactly("file", "format", "feed", "entries");
        assertThat(parsed.get("file").asText()).isEqualTo(feed);
        assertThat(parsed.get("format").asText()).isEqualTo("rss_2.0");
        assertThat(parsed.at("/feed/updated").asText()).isEqualTo("2024-01-02T10:00:00Z");
        assertThat(parsed.at("/entries/0/link").asText()).isEqualTo("https://example.org/news/budget");
        assertThat(parsed.at("/entries/0/enclosures/0/length").asLong()).isEqualTo(12345);
        assertThat(lines.get(1).get("file").asText()).isEqualTo(page);
        assertThat(lines.get(1).at("/error/code").asText()).isEqualTo("NOT_A_FEED");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void readsGzippedFilesAndStandardInput(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("feed.json.gz");
        try (OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(gz))) {
            zipped.write(Files.readAllBytes(FIXTURES.resolve("jsonfeed-1.1.json")));
        }
        InputStream stdin = System.in;
        int exit;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(FIXTURES.resolve("atom-0.3.xml"))));
            exit = run(gz.toString(), "-");
        } finally {
            System.setIn(stdin);
        }

        assertThat(exit).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).extracting(n -> n.get("format").asText()).containsExactly("json_1.1", "atom_0.3");
        assertThat(lines.get(1).get("file").asText()).isEqualTo("-");
    }

    @Test
    void exitsWithTwoAndAOneLineReasonWhenAFileCannotBeRead(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.xml");
        String feed = FIXTURES.resolve("atom-0.3.xml").toString();

        int exit = run(missing.toString(), feed);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .containsExactly("parse-feed: cannot read " + missing + ": no such file");
        assertThat(lines()).hasSize(1);
        assertThat(out.toString()).contains("\"format\":\"atom_0.3\"");
    }

    @Test
    void printsNullsAndEmptyBodyErrors(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.xml"), "  \n", UTF_8);

        int exit = run(FIXTURES.resolve("atom-0.3.xml").toString(), empty.toString());

        assertThat(exit).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines.get(0).at("/feed/language").isNull()).isTrue();
        assertThat(lines.get(1).at("/error/code").asText()).isEqualTo("EMPTY_BODY");
        assertThat(lines.get(1).at("/error/message").asText()).isNotBlank();
    }

    @Test
    void reportsTooLargeForAGzipBombAndAnOversizedFileAndParsesTheRest(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.xml.gz");
        byte[] megabyte = new byte[1024 * 1024];
        try (OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 64; i++) {
                zipped.write(megabyte);
            }
        }
        Path big = Files.write(dir.resolve("big.xml"), new byte[ParseFeedCommand.MAX_INPUT_BYTES + 1]);
        String feed = FIXTURES.resolve("atom-0.3.xml").toString();

        int exit = run(bomb.toString(), big.toString(), feed);

        assertThat(exit).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(3);
        for (JsonNode tooLarge : lines.subList(0, 2)) {
            assertThat(tooLarge.fieldNames()).toIterable().containsExactly("file", "error");
            assertThat(tooLarge.at("/error/code").asText()).isEqualTo("TOO_LARGE");
            assertThat(tooLarge.at("/error/message").asText()).contains("10 MB");
        }
        assertThat(lines.get(0).get("file").asText()).isEqualTo(bomb.toString());
        assertThat(lines.get(2).get("format").asText()).isEqualTo("atom_0.3");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimitAsInputForTheParser() {
        CommandLine cli = new CommandLine(
                new ParseFeedCommand(new ByteArrayInputStream(new byte[ParseFeedCommand.MAX_INPUT_BYTES])));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("-")).isZero();
        assertThat(out.toString()).doesNotContain("TOO_LARGE");
    }
}
