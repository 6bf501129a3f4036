package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.extract.ArticleExtractor;
import org.broadsheet.feed.FeedParser;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.fetch.HttpFetcher;
import org.broadsheet.fetch.PoliteFetcher;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No duplicates: the same article reached through a changed guid, decorated links, or a new address is stored once. */
class IngesterDuplicatesTest {
    private static final String STORY = "The harbour board met on Tuesday and agreed to rebuild the old sea wall before"
            + " the winter storms. Engineers said the stones had shifted by a hand's width since the spring, and the"
            + " ferry company asked for the work to be done at night so that the morning crossings can run. The board"
            + " will publish the timetable next week, after the council has approved the money for the first stage.";

    @TempDir
    Path dir;

    private final Map<String, String> routes = new ConcurrentHashMap<>();
    private final AtomicInteger pageRequests = new AtomicInteger();
    private HttpServer server;
    private Database db;
    private HttpFetcher fetcher;
    private ExecutorService cpu;
    private Ingester ingester;
    private String base;
    private Source source;

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        db = Database.open(Database.sqliteUrl(dir));
        fetcher = new HttpFetcher(FetchSettings.defaults().withAllowPrivateAddresses(true));
        cpu = Executors.newFixedThreadPool(2);
        ingester = new Ingester(
                db.sources(),
                db.articles(),
                new PoliteFetcher(fetcher),
                new FeedParser(),
                new ArticleExtractor(),
                cpu,
                new SimpleMeterRegistry(),
                IngestSettings.defaults(),
                Clock.systemUTC(),
                () -> {});
        source = db.sources().add(NewSource.of("Harbour", URI.create(base + "/feed.xml")));
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
        cpu.shutdownNow();
        fetcher.close();
        db.close();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = routes.get(path);
        if (!path.equals("/feed.xml") && !path.equals("/robots.txt")) {
            pageRequests.incrementAndGet();
        }
        byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", path.endsWith(".xml") ? "application/atom+xml" : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void feed(String id, String link, String title, String updated) {
        routes.put(
                "/feed.xml",
                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour</title><id>urn:harbour</id>"
                        + "<updated>" + updated + "</updated><entry><id>" + id + "</id><title>" + title
                        + "</title><link href=\"" + link.replace("&", "&amp;") + "\"/><updated>" + updated
                        + "</updated><published>2026-11-20T08:00:00Z</published><content type=\"html\">&lt;p&gt;"
                        + STORY + "&lt;/p&gt;</content></entry></feed>");
    }

    private void page(String path, String canonical, String title) {
        routes.put(
                path,
                "<!doctype html><html><head><title>" + title + "</title><link rel=\"canonical\" href=\"" + base
                        + canonical + "\"></head><body><article><h1>" + title + "</h1><p>" + STORY + "</p><p>"
                        + STORY + "</p></article></body></html>");
    }

    private PollResult.Read poll() {
        PollResult result = ingester.poll(db.sources().expect(source.id()));
        assertThat(result).isInstanceOf(PollResult.Read.class);
        return (PollResult.Read) result;
    }

    private List<Article> articles() {
        return db.articles().list(ArticleQuery.latest(10));
    }

    @Test
    void storesLinksWithoutTrackingParametersAndKnowsThemUnderAnotherGuid() {
        page("/news/wall", "/news/wall", "Sea wall");
        feed("urn:1", base + "/news/wall?utm_source=rss&utm_medium=feed&id=7", "Sea wall", "2026-11-20T08:00:00Z");
        poll();
        int pages = pageRequests.get();

        feed(
                "urn:1-republished",
                base.replace("http://", "HTTP://") + "/news/wall?id=7&fbclid=abc&gclid=def#top",
                "Sea wall",
                "2026-11-20T08:00:00Z");
        PollResult.Read second = poll();

        assertThat(articles()).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo(URI.create(base + "/news/wall?id=7"));
            assertThat(a.canonicalUrl()).isEqualTo(URI.create(base + "/news/wall"));
        });
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(pageRequests.get()).isEqualTo(pages);
    }

    @Test
    void anEntryWithANewGuidAndLinkWhosePageNamesTheSameCanonicalUrlIsTheSameArticle() {
        page("/news/wall", "/news/wall", "Sea wall");
        page("/amp/wall", "/news/wall", "Sea wall");
        feed("urn:1", base + "/news/wall", "Sea wall", "2026-11-20T08:00:00Z");
        poll();

        // Another title too, so that only the canonical address can tell that this is the same article.
        feed("urn:amp-1", base + "/amp/wall", "Sea wall (AMP)", "2026-11-20T08:00:00Z");
        PollResult.Read second = poll();

        assertThat(second.updated()).isEqualTo(1);

        assertThat(articles())
                .singleElement()
                .satisfies(a -> assertThat(a.guid()).isEqualTo("urn:amp-1"));
    }

    @Test
    void anEntryWithANewGuidAndLinkButTheSameContentIsTheSameArticle() {
        // No article pages at all: both versions are stored from the feed's own content.
        feed("urn:1", base + "/news/wall", "Sea wall", "2026-11-20T08:00:00Z");
        poll();

        feed("urn:2", base + "/news/2026/wall", "Sea wall", "2026-11-20T08:00:00Z");
        poll();

        assertThat(articles()).hasSize(1);
    }

    @Test
    void anEditedEntryUpdatesItsArticle() {
        page("/news/wall", "/news/wall", "Sea wall");
        feed("urn:1", base + "/news/wall", "Sea wall", "2026-11-20T08:00:00Z");
        poll();
        long id = articles().get(0).id();

        page("/news/wall", "/news/wall", "Sea wall to cost more");
        feed("urn:1", base + "/news/wall", "Sea wall to cost more", "2026-11-20T11:00:00Z");
        PollResult.Read edited = poll();

        assertThat(edited.updated()).isEqualTo(1);
        assertThat(articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.title()).isEqualTo("Sea wall to cost more");
        });
    }
}
