package org.broadsheet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoServerTest {
    private static final Instant NOW = Instant.parse("2025-07-13T14:05:42Z");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static DemoServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.start(0, NOW);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesEachOutletsFeedWithItsContentTypeAndNoTokensLeft() throws Exception {
        assertThat(server.sources()).hasSize(DemoCorpus.outlets().size());
        for (DemoSource source : server.sources()) {
            HttpResponse<String> response = get(source.feedUrl(), "Accept", "*/*");
            String format = DemoCorpus.outlets().stream()
                    .filter(o -> o.slug().equals(source.slug()))
                    .findFirst()
                    .orElseThrow()
                    .feedFormat();
            String expected = switch (format) {
                case "rss" -> "application/rss+xml";
                case "atom" -> "application/atom+xml";
                default -> "application/feed+json";
            };
            assertThat(response.statusCode()).as(source.slug()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith(expected));
            assertThat(response.body()).doesNotContain("{{").contains(server.baseUri() + source.slug());
        }
    }

    @Test
    void writesTimesRelativeToTheStartMinute() throws Exception {
        String feed = get(server.baseUri().resolve("/rheinblick/feed.atom")).body();
        // The newest Rheinblick article is 75 minutes old; seconds are truncated.
        assertThat(feed).contains("<published>2025-07-13T12:50:00Z</published>");
        String rss = get(server.baseUri().resolve("/harbour-gazette/feed.rss")).body();
        assertThat(rss).contains("<pubDate>Sun, 13 Jul 2025 13:20:00 GMT</pubDate>");
    }

    @Test
    void answersNotModifiedToAMatchingEtag() throws Exception {
        URI page = server.baseUri().resolve("/rheinblick/feed.atom");
        HttpResponse<String> first = get(page);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"");

        assertThat(get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(page, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void answersNotModifiedSinceTheStartMinute() throws Exception {
        URI page = server.baseUri().resolve("/southern-cross-daily/feed.json");
        String lastModified = get(page).headers().firstValue("Last-Modified").orElseThrow();
        assertThat(lastModified).isEqualTo("Sun, 13 Jul 2025 14:05:00 GMT");

        assertThat(get(page, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(page, "If-Modified-Since", "Sun, 13 Jul 2025 14:04:00 GMT")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void answersNotFoundForUnknownAndEscapingPaths() throws Exception {
        assertThat(get(server.baseUri().resolve("/no/such/page.html")).statusCode())
                .isEqualTo(404);
        assertThat(get(server.baseUri().resolve("/%2e%2e/sources.json")).statusCode())
                .isEqualTo(404);
        assertThat(get(server.baseUri().resolve("/images/")).statusCode()).isEqualTo(404);
    }

    @Test
    void redirectsAFolderWithoutItsTrailingSlash() throws Exception {
        HttpResponse<String> response = get(server.baseUri().resolve("/lakeside-tribune"));
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/lakeside-tribune/");
    }

    @Test
    void servesPagesAsUtf8HtmlAndImagesAsSvg() throws Exception {
        HttpResponse<String> page = get(server.baseUri().resolve("/harbour-gazette/"));
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        HttpResponse<String> image = get(server.baseUri().resolve("/images/e01-storm-ilse.svg"));
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(image.body()).startsWith("<svg");
    }

    @Test
    void bindsTheLoopbackAddressOnly() {
        assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.baseUri().getPort()).isPositive();
        assertThat(server.sources())
                .allSatisfy(source -> assertThat(source.feedUrl().getHost()).isEqualTo("127.0.0.1"));
    }

    private static HttpResponse<String> get(URI uri, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
