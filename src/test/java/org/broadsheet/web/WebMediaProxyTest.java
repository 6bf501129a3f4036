package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.fetch.HttpFetcher;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Database;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article images through the site's own origin: signed, guarded, cached; and left alone when the proxy is off. */
class WebMediaProxyTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final byte[] KEY = "a key of thirty-two bytes or more, for tests".getBytes(StandardCharsets.UTF_8);

    /** Every image but the site's own logo. */
    private static final String ARTICLE_IMAGES = "img:not([src^=/static/])";

    @TempDir
    Path dir;

    HttpServer publisher;
    String origin;
    final AtomicInteger pictureHits = new AtomicInteger();
    Database db;
    HttpFetcher fetcher;
    long articleId;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publisher.createContext("/pic.png", exchange -> {
            pictureHits.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, PNG.length);
            exchange.getResponseBody().write(PNG);
            exchange.close();
        });
        publisher.createContext("/page.html", exchange -> {
            byte[] body = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        publisher.start();
        origin = "http://127.0.0.1:" + publisher.getAddress().getPort();
        fetcher = new HttpFetcher(FetchSettings.defaults().withAllowedInternalOrigin(URI.create(origin)));
        db = Database.open(Database.sqliteUrl(dir));
        Source source = db.sources()
                .add(NewSource.of("Daily Planet", URI.create("https://dailyplanet.example/feed"))
                        .withLanguage("en")
                        .withDisplay(DisplayPolicy.FULL));
        Instant now = Instant.now();
        String html = "<p>Opening words of the story.</p><figure><img src=\"" + origin + "/pic.png\" srcset=\"" + origin
                + "/pic.png?w=1 1x, " + origin + "/pic.png?w=2 2x\" alt=\"\"></figure>"
                + "<p>More words.</p><img src=\"http://169.254.169.254/latest/meta-data/\" alt=\"\">";
        articleId = db.articles()
                .upsert(new ArticleDraft(
                        source.id(),
                        URI.create("https://dailyplanet.example/story"),
                        null,
                        "story",
                        "A story with pictures",
                        null,
                        now,
                        null,
                        now,
                        "en",
                        "Opening words of the story. More words.",
                        html,
                        "Opening words.",
                        URI.create(origin + "/pic.png?lead"),
                        6,
                        "hash-story",
                        null))
                .id();
    }

    @AfterEach
    void stop() {
        db.close();
        fetcher.close();
        publisher.stop(0);
    }

    private WebServer server(MediaProxy media) {
        WebServices services = WebServices.of(
                        db, WebFixture.community(db), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .withFeatures(Features.NONE.withMedia(media));
        return WebServer.start(WebSettings.defaults().withPort(0), services);
    }

    private HttpResponse<byte[]> get(WebServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Document page(WebServer server, String path) throws Exception {
        HttpResponse<byte[]> r = get(server, path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void pagesLinkEveryImageThroughTheSiteAndTheProxyServesIt() throws Exception {
        MediaProxy media = MediaProxy.signedWith(KEY, fetcher);
        try (WebServer server = server(media)) {
            Document article = page(server, "/articles/" + articleId);
            assertThat(article.select(ARTICLE_IMAGES))
                    .as("lead image and two in the body")
                    .hasSize(3);
            for (Element img : article.select(ARTICLE_IMAGES)) {
                assertThat(img.attr("src")).as(img.outerHtml()).startsWith("/media/");
                for (String candidate : img.attr("srcset").split(",")) {
                    if (!candidate.isBlank()) {
                        assertThat(candidate.strip()).as(img.outerHtml()).startsWith("/media/");
                    }
                }
            }
            assertThat(article.select("img[srcset]").attr("srcset")).endsWith(" 2x");
            Document home = page(server, "/");
            assertThat(home.select("img.thumb")).isNotEmpty();
            assertThat(home.select("img.thumb").attr("src")).startsWith("/media/");

            HttpResponse<byte[]> html = get(server, "/articles/" + articleId);
            String csp = html.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("img-src 'self' data:;").doesNotContain("https: http: data:");

            String proxied = media.url(origin + "/pic.png");
            HttpResponse<byte[]> image = get(server, proxied);
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
            assertThat(image.headers().firstValue("Cache-Control").orElseThrow())
                    .contains("max-age=");
            assertThat(image.body()).isEqualTo(PNG);
            assertThat(get(server, proxied).statusCode()).isEqualTo(200);
            assertThat(pictureHits).as("the second answer comes from the cache").hasValue(1);
        }
    }

    @Test
    void theProxyRefusesUnsignedAddressesGuardedAddressesAndWhatIsNotAnImage() throws Exception {
        MediaProxy media = MediaProxy.signedWith(KEY, fetcher);
        try (WebServer server = server(media)) {
            String picture = media.url(origin + "/pic.png");
            String forged = picture.substring(0, picture.lastIndexOf('/') + 1)
                    + java.util.Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString((origin + "/page.html").getBytes(StandardCharsets.UTF_8));
            assertThat(get(server, forged).statusCode())
                    .as("another address under a picture's signature")
                    .isEqualTo(403);
            assertThat(get(server, media.url("http://169.254.169.254/latest/meta-data/"))
                            .statusCode())
                    .as("the address guard holds for signed addresses too")
                    .isEqualTo(502);
            assertThat(get(server, media.url(origin + "/page.html")).statusCode())
                    .as("only images")
                    .isEqualTo(415);
            MediaProxy otherKey = MediaProxy.signedWith(
                    "another key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8), fetcher);
            assertThat(get(server, otherKey.url(origin + "/pic.png")).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void withTheProxyOffPagesLinkImagesWhereTheyAre() throws Exception {
        try (WebServer server = server(MediaProxy.OFF)) {
            Document article = page(server, "/articles/" + articleId);
            assertThat(article.select(ARTICLE_IMAGES).eachAttr("src"))
                    .hasSize(3)
                    .allMatch(src -> src.startsWith("http"));
            assertThat(get(server, "/media/abc/def").statusCode()).isEqualTo(404);
        }
    }
}
