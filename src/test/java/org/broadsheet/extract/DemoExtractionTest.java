package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.broadsheet.demo.AnswerKeyEntry;
import org.broadsheet.demo.DemoCorpus;
import org.broadsheet.demo.DemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extracts every page of the bundled demo corpus, served by a real {@link DemoServer} (tokens substituted), and
 * checks it against the answer key and the generator's article sources ({@code tools/demo-corpus/articles}): the
 * metadata, and a body that holds the article's paragraphs and none of the page chrome around them.
 */
class DemoExtractionTest {
    private static final Path SOURCES = Path.of("tools", "demo-corpus", "articles");
    /**
     * Chrome seen around the demo articles: cookie banners, ad slots, share bars, teasers, comments, tags, and
     * byline or date lines. Words that prose uses too ("share price", "was published on") only count as a line's start
     * or before a date.
     */
    private static final Pattern CHROME = Pattern.compile("(?i)newsletter|cookie|\\bsign up\\b|\\bsubscribe\\b"
            + "|read more|related coverage|\\bmost (?:read|popular)\\b|trending now|comments \\(|loading comments"
            + "|comments are open|join the conversation|gift this article|report an error|spotted an error"
            + "|support independent journalism|download the .* app|topics:|illustration:|advertisement|anzeige"
            + "|kommentar|mehr zum thema|meistgelesen|partager|à lire aussi|réactions|réagir|les plus lus"
            + "|la lettre du matin|(?-i:(?m:^(?:Share|Teilen|Email|Print) |^(?:By|Von|Par) \\p{Lu}\\p{L}+ \\p{Lu}))"
            + "|(?:published|updated|veröffentlicht|aktualisiert|publié|mis à jour)(?: le| on| am)?\\s+"
            + "(?:\\d|\\p{L}+\\.? \\d)");
    /** Paragraphs that are only an ad slot's label; "Publicité" alone, since articles may say "publicité ciblée". */
    private static final Pattern AD_PARAGRAPH = Pattern.compile("(?im)^(?:publicité|werbung|pub)$");

    private static DemoServer server;
    private static Map<String, SourceArticle> sources;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @BeforeAll
    static void startServer() throws IOException {
        server = DemoServer.start(0);
        sources = SourceArticle.readAll(SOURCES);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Stream<Arguments> pages() {
        return DemoCorpus.answerKey().stream()
                .filter(entry -> !entry.pageMissing())
                .map(entry -> Arguments.of(entry.id(), entry));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsMetadataAndCleanBody(String id, AnswerKeyEntry entry) throws Exception {
        URI url = server.baseUri().resolve(entry.path().substring(1));
        HttpResponse<byte[]> response =
                client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        ExtractedArticle article = extractor.extract(
                response.body(), response.headers().firstValue("Content-Type").orElse(null), url);
        SourceArticle source = sources.get(id);
        assertThat(source).as("article source for %s", id).isNotNull();

        assertThat(article.title()).isEqualTo(entry.title());
        assertThat(article.byline()).isEqualTo(source.author()).doesNotStartWith("By ");
        assertThat(article.siteName()).isEqualTo(outletName(entry.outlet()));
        assertThat(article.published()).isNotNull();
        assertThat(article.language()).isEqualTo(entry.language());
        assertThat(article.image()).isNotNull();
        assertThat(article.image().toString()).startsWith(server.baseUri().toString());
        assertThat(article.excerpt()).isEqualTo(source.dek());

        String text = article.text();
        assertThat(article.wordCount()).isGreaterThanOrEqualTo(100);
        assertThat(text).startsWith(source.paragraphs().getFirst() + "\n\n");
        assertThat(text).contains(source.paragraphs());
        assertThat(text).doesNotContain(source.dek(), source.author(), "\n" + entry.title() + "\n");
        assertThat(CHROME.matcher(text).results().map(r -> r.group()).toList())
                .as("chrome phrases in the text")
                .isEmpty();
        assertThat(AD_PARAGRAPH.matcher(text).find()).as("ad label paragraph").isFalse();
    }

    private static String outletName(String slug) {
        return DemoCorpus.outlets().stream()
                .filter(outlet -> outlet.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .name();
    }

    /** One article as the corpus generator's source files hold it: header fields, then Markdown-like blocks. */
    private record SourceArticle(String author, String dek, List<String> paragraphs) {
        static Map<String, SourceArticle> readAll(Path dir) throws IOException {
            Map<String, SourceArticle> all = new HashMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    for (String part : Files.readString(file).split("(?m)^=== ")) {
                        if (!part.isBlank()) {
                            String[] headAndBody = part.split("\n---\n", 2);
                            String[] head = headAndBody[0].strip().split("\n");
                            Map<String, String> fields = new HashMap<>();
                            for (String line : Arrays.copyOfRange(head, 1, head.length)) {
                                String[] kv = line.split(": ", 2);
                                fields.put(kv[0], kv[1].strip());
                            }
                            all.put(
                                    head[0].strip(),
                                    new SourceArticle(
                                            fields.get("author"), fields.get("dek"), paragraphs(headAndBody[1])));
                        }
                    }
                }
            }
            return all;
        }

        /** Plain paragraphs only: not "## " headings, "> " quotes, "- " lists or "! " figures. */
        private static List<String> paragraphs(String body) {
            return Arrays.stream(body.strip().split("\n\\s*\n"))
                    .map(chunk -> chunk.strip().replaceAll("\\s*\n\\s*", " "))
                    .filter(chunk -> !chunk.isEmpty() && !chunk.matches("^(?:## |> |- |! ).*"))
                    .toList();
        }
    }
}
