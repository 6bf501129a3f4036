package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** The whole pipeline against a real HTTP server on 127.0.0.1, a real SQLite file and the real parser and extractor. */
class IngesterTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, Response> routes = new ConcurrentHashMap<>();
    private final AtomicInteger pageRequests = new AtomicInteger();
    /** How often the ingester woke the steps after a store. */
    private final AtomicInteger wakes = new AtomicInteger();

    private Database db;
    private HttpFetcher fetcher;
    private ExecutorService cpu;
    private SimpleMeterRegistry metrics;
    private Ingester ingester;
    private String base;

    record Response(int status, String contentType, String body, String etag, Map<String, String> headers) {
        Response(int status, String contentType, String body, String etag) {
            this(status, contentType, body, etag, Map.of());
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        routes.put("/feed.xml", new Response(200, "application/rss+xml", fixture("feed.xml"), "\"v1\""));
        routes.put(
                "/news/ferry-resumes",
                new Response(200, "text/html; charset=utf-8", fixture("ferry-resumes.html"), ""));
        // /news/harbour-wall is deliberately missing: its entry must come from the feed's own content.

        db = Database.open(Database.sqliteUrl(dir));
        fetcher = new HttpFetcher(FetchSettings.defaults().withAllowPrivateAddresses(true));
        cpu = Executors.newFixedThreadPool(2);
        metrics = new SimpleMeterRegistry();
        ingester = new Ingester(
                db.sources(),
                db.articles(),
                new PoliteFetcher(fetcher),
                new FeedParser(),
                new ArticleExtractor(),
                cpu,
                metrics,
                IngestSettings.defaults(),
                Clock.systemUTC(),
                wakes::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
        cpu.shutdownNow();
        fetcher.close();
        db.close();
    }

    private String fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream("/ingest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/news/")) {
            pageRequests.incrementAndGet();
        }
        Response r = routes.getOrDefault(path, new Response(404, "text/plain", "not found", ""));
        if (!r.etag().isEmpty()) {
            exchange.getResponseHeaders().set("ETag", r.etag());
            if (r.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        r.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Content-Type", r.contentType());
        exchange.sendResponseHeaders(r.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private Source addSource() {
        return db.sources()
                .add(NewSource.of("Harbour Gazette", URI.create(base + "/feed.xml"))
                        .withLanguage("en"));
    }

    @Test
    void storesEachEntryWithItsExtractedPage() {
        Source source = addSource();

        PollResult.Read result = read(ingester.poll(source));
        assertThat(result.inserted()).isEqualTo(2);
        List<Article> stored = db.articles().list(ArticleQuery.latest(10));
        assertThat(stored)
                .extracting(Article::title)
                .containsExactly("Ferry service resumes after winter storms", "Council approves new harbour wall");
        Article ferry = stored.get(0);
        assertThat(ferry.byline()).isEqualTo("Maren Holt");
        assertThat(ferry.published()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
        assertThat(ferry.text()).contains("piano bound for the island school").doesNotContain("cookies", "Share on");
        assertThat(ferry.image()).isEqualTo(URI.create(base + "/img/ferry.jpg"));
        assertThat(ferry.wordCount()).isGreaterThan(50);
        assertThat(ferry.excerpt()).isNotBlank();
    }

    @Test
    void storesAPollsArticlesInOneWrite() {
        Source source = addSource();
        long before = db.version();

        PollResult.Read result = read(ingester.poll(source));

        assertThat(result.inserted()).isEqualTo(2);
        // The database's change counter moves once per write that changed articles: once for the whole poll.
        assertThat(db.version() - before).isEqualTo(1);
    }

    @Test
    void storesTheCompleteEntriesOfAFeedCutOffMidDocumentAndRecordsItTruncated() {
        Source source = addSource();
        String feed = fixture("feed.xml");
        String ferry = feed.substring(feed.indexOf("<item>"), feed.indexOf("</item>") + "</item>".length());
        String third = ferry.replace("hg-1001", "hg-1003").replace("ferry-resumes", "third");
        // The connection dropped after the second item, in the middle of a third.
        String cut = feed.replace("</channel>", third + "</channel>");
        cut = cut.substring(0, cut.lastIndexOf("<item>") + "<item><title>Ferry".length());
        routes.put("/feed.xml", new Response(200, "application/rss+xml", cut, "\"v2\""));

        PollResult.Read result = read(ingester.poll(source));

        assertThat(result.inserted()).isEqualTo(2);
        Source polled = db.sources().expect(source.id());
        assertThat(polled.health().lastErrorCode()).isEqualTo("TRUNCATED");
        assertThat(polled.health().lastErrorMessage()).contains("2 complete entries");
        // The validators are not kept, so that the next poll fetches the whole document again.
        assertThat(polled.etag()).isNull();
    }

    @Test
    void readsAnEntryThatAFeedRepeatsOnlyOnce() {
        Source source = addSource();
        String feed = fixture("feed.xml");
        String ferry = feed.substring(feed.indexOf("<item>"), feed.indexOf("</item>") + "</item>".length());
        routes.put(
                "/feed.xml",
                new Response(200, "application/rss+xml", feed.replace("</channel>", ferry + "</channel>"), "\"v2\""));

        PollResult.Read result = read(ingester.poll(source));

        assertThat(result.entries()).isEqualTo(3);
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(pageRequests.get()).isEqualTo(2);
        assertThat(db.articles().count()).isEqualTo(2);
    }

    @Test
    void aFeedThatMovedForGoodIsPolledAtItsNewAddressFromThenOn() {
        routes.put("/moved.xml", new Response(301, "text/plain", "", "", Map.of("Location", base + "/feed.xml")));
        routes.put("/away.xml", new Response(302, "text/plain", "", "", Map.of("Location", base + "/feed.xml")));
        Source moved = db.sources().add(NewSource.of("Moved", URI.create(base + "/moved.xml")));
        Source away = db.sources().add(NewSource.of("Away", URI.create(base + "/away.xml")));

        PollResult.Read result = read(ingester.poll(moved));
        ingester.poll(away);

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(db.sources().expect(moved.id()).feedUrl()).isEqualTo(URI.create(base + "/feed.xml"));
        assertThat(db.sources().expect(away.id()).feedUrl()).isEqualTo(URI.create(base + "/away.xml"));
    }

    @Test
    void fallsBackToTheFeedsContentWhenThePageFails() {
        Source source = addSource();

        PollResult.Read result = read(ingester.poll(source));

        assertThat(result.fromFeedContent()).isEqualTo(1);
        Article wall = db.articles().list(ArticleQuery.latest(10)).get(1);
        assertThat(wall.text()).contains("voted nine to two").contains("\n\n");
        assertThat(wall.html()).contains("<p>");
        assertThat(metrics.counter("broadsheet.fetch.failures", "kind", "page", "reason", "HTTP_404")
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void wakesTheStepsAfterAStoreOncePerPollThatStoredSomethingNew() {
        Source source = addSource();

        ingester.poll(source);
        assertThat(wakes.get()).as("after the poll that stored two articles").isEqualTo(1);

        ingester.poll(db.sources().expect(source.id())); // 304
        routes.put("/feed.xml", new Response(200, "application/rss+xml", fixture("feed.xml"), ""));
        ingester.poll(db.sources().expect(source.id())); // read again, nothing changed
        assertThat(wakes.get()).as("polls that changed nothing").isEqualTo(1);
    }

    @Test
    void pollingAgainNeverDuplicatesAndSkipsUnchangedFeeds() {
        Source source = addSource();
        ingester.poll(source);
        int pagesAfterFirstPoll = pageRequests.get();

        PollResult second = ingester.poll(db.sources().expect(source.id()));
        routes.put("/feed.xml", new Response(200, "application/rss+xml", fixture("feed.xml"), ""));
        PollResult.Read third = read(ingester.poll(db.sources().expect(source.id())));

        assertThat(second).isInstanceOf(PollResult.NotModified.class);
        assertThat(third.unchanged()).isEqualTo(2);
        assertThat(pageRequests.get()).isEqualTo(pagesAfterFirstPoll);
        assertThat(db.articles().count()).isEqualTo(2);
    }

    @Test
    void recordsAFailingFeedWithAStableReasonAndBacksOff() {
        Source source = addSource();
        routes.put("/feed.xml", new Response(503, "text/plain", "down for maintenance", ""));

        PollResult.Failed first = failure(ingester.poll(source));
        ingester.poll(db.sources().expect(source.id()));

        assertThat(first.code()).isEqualTo("HTTP_503");
        Source failing = db.sources().expect(source.id());
        assertThat(failing.health().consecutiveFailures()).isEqualTo(2);
        assertThat(failing.health().lastErrorCode()).isEqualTo("HTTP_503");
        assertThat(failing.health().nextPoll()).isAfter(Instant.now().plus(source.pollInterval()));
        assertThat(db.articles().count()).isZero();
    }

    @Test
    void pollsAgainAtTheFeedsPublishingRhythmAndSaysWhy() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>Tides</title>");
        for (int i = 0; i < 5; i++) {
            rss.append("<item><title>Tide table ")
                    .append(i)
                    .append("</title><link>")
                    .append(base)
                    .append("/tides/")
                    .append(i)
                    .append("</link><pubDate>")
                    .append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            now.minus(Duration.ofHours(3L * i + 1)).atOffset(java.time.ZoneOffset.UTC)))
                    .append("</pubDate><description>High water at noon.</description></item>");
        }
        routes.put("/tides.xml", new Response(200, "application/rss+xml", rss + "</channel></rss>", ""));
        Source source = db.sources().add(NewSource.of("Tides", URI.create(base + "/tides.xml")));

        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ingester.poll(source);
        Instant after = Instant.now();

        Source polled = db.sources().expect(source.id());
        assertThat(polled.health().nextPoll())
                .isBetween(before.plus(Duration.ofHours(3)), after.plus(Duration.ofHours(3)));
        assertThat(polled.health().nextPollReason()).isEqualTo("median gap between its last 5 entries is 3 h");
    }

    @Test
    void keepsTheConfiguredIntervalWhileTooFewEntriesAreDated() {
        Source source = addSource();

        ingester.poll(source);

        Source polled = db.sources().expect(source.id());
        assertThat(polled.health().nextPollReason())
                .isEqualTo("configured interval of 15 min (fewer than 3 dated entries to learn a rhythm from)");
    }

    @Test
    void saysWhyAFailingFeedIsRetriedWhenItIs() {
        Source source = addSource();
        routes.put("/feed.xml", new Response(503, "text/plain", "down for maintenance", ""));

        ingester.poll(source);
        ingester.poll(db.sources().expect(source.id()));

        assertThat(db.sources().expect(source.id()).health().nextPollReason())
                .startsWith("back-off after 2 failures in a row: ")
                .endsWith(", doubling per failure up to 24 h");
    }

    @Test
    void ingestsASourceWhoseFeedIsANewsSitemap() {
        String sitemap = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + base
                + "/news/ferry-resumes</loc><news:news><news:publication><news:name>Harbour Gazette</news:name>"
                + "<news:language>en</news:language></news:publication>"
                + "<news:publication_date>2026-11-25T09:30:00Z</news:publication_date>"
                + "<news:title>Ferry service resumes</news:title></news:news></url></urlset>";
        routes.put("/news-sitemap.xml", new Response(200, "application/xml", sitemap, ""));
        Source source = db.sources().add(NewSource.of("Gazette (sitemap)", URI.create(base + "/news-sitemap.xml")));

        PollResult.Read result = read(ingester.poll(source));
        assertThat(result.inserted()).isEqualTo(1);
        Article ferry = db.articles().list(ArticleQuery.latest(10)).get(0);
        assertThat(ferry.title()).isEqualTo("Ferry service resumes");
        assertThat(ferry.published()).isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
        assertThat(ferry.text()).contains("piano bound for the island school");
    }

    @Test
    void waitsAsLongAsTheServerAsksAfterTooManyRequests() {
        Source source = addSource();
        routes.put(
                "/feed.xml",
                new Response(429, "text/plain", "slow down", "", Map.of("Retry-After", String.valueOf(3 * 3600))));
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS); // times are stored to the millisecond

        PollResult.Failed result = failure(ingester.poll(source));

        assertThat(result.code()).isEqualTo("HTTP_429");
        Source failing = db.sources().expect(source.id());
        assertThat(failing.health().lastErrorCode()).isEqualTo("HTTP_429");
        assertThat(failing.health().consecutiveFailures()).isEqualTo(1);
        // Without Retry-After the first failure waits about one poll interval (15 minutes).
        assertThat(failing.health().nextPoll()).isAfterOrEqualTo(before.plus(Duration.ofHours(3)));
        assertThat(failing.health().nextPollReason()).isEqualTo("the publisher asked to wait 3 h (Retry-After)");
    }

    @Test
    void waitsNoLongerThanADayWhateverTheServerAsks() {
        Source source = addSource();
        routes.put(
                "/feed.xml",
                new Response(503, "text/plain", "down", "", Map.of("Retry-After", String.valueOf(30 * 24 * 3600))));
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS); // times are stored to the millisecond

        PollResult.Failed result = failure(ingester.poll(source));
        Instant after = Instant.now();

        assertThat(result.code()).isEqualTo("HTTP_503");
        Instant next = db.sources().expect(source.id()).health().nextPoll();
        assertThat(next).isBetween(before.plus(Duration.ofHours(24)), after.plus(Duration.ofHours(24)));
    }

    @Test
    void storesTheFeedsContentForPagesThatRobotsTxtDisallows() {
        routes.put("/robots.txt", new Response(200, "text/plain", "User-agent: *\nDisallow: /news/\n", ""));
        Source source = addSource();

        PollResult.Read result = read(ingester.poll(source));
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.fromFeedContent()).isEqualTo(2);
        assertThat(pageRequests).hasValue(0);
        assertThat(metrics.counter("broadsheet.fetch.failures", "kind", "page", "reason", "ROBOTS_DISALLOWED")
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void recordsAFeedThatRobotsTxtDisallows() {
        routes.put("/robots.txt", new Response(200, "text/plain", "User-agent: Broadsheet\nDisallow: /feed\n", ""));
        Source source = addSource();

        PollResult.Failed result = failure(ingester.poll(source));

        assertThat(result.code()).isEqualTo("ROBOTS_DISALLOWED");
        assertThat(db.sources().expect(source.id()).health().lastErrorCode()).isEqualTo("ROBOTS_DISALLOWED");
    }

    @Test
    void recordsAPageThatIsNotAFeed() {
        Source source = addSource();
        routes.put("/feed.xml", new Response(200, "text/html", "<html><body><p>Hello</p></body></html>", ""));

        PollResult.Failed result = failure(ingester.poll(source));

        assertThat(result.code()).isEqualTo("NOT_A_FEED");
        assertThat(db.sources().expect(source.id()).health().lastErrorCode()).isEqualTo("NOT_A_FEED");
    }

    @Test
    void recordsAnUnreachableHost() {
        Source source = db.sources().add(NewSource.of("Gone", URI.create("http://127.0.0.1:1/feed.xml")));

        PollResult.Failed result = failure(ingester.poll(source));
        assertThat(result.code()).isEqualTo("CONNECTION_FAILED");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.sqliteUrl(dir));
                Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void keepsTheOldValidatorsWhenAnEntryFailsSoThatItIsTriedAgain() throws Exception {
        Source source = addSource();
        sql("CREATE TRIGGER refuse_wall BEFORE INSERT ON article WHEN NEW.guid = 'hg-1002'"
                + " BEGIN SELECT RAISE(ABORT, 'disk full'); END");

        PollResult.Read first = read(ingester.poll(source));
        sql("DROP TRIGGER refuse_wall");
        PollResult.Read second = read(ingester.poll(db.sources().expect(source.id())));

        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.inserted()).isEqualTo(1);
        assertThat(second.inserted()).isEqualTo(1);
        assertThat(db.articles().count()).isEqualTo(2);
        assertThat(db.sources().expect(source.id()).etag()).isEqualTo("\"v1\"");
    }

    @Test
    void aCrashedPollIsRecordedAndBacksOff() throws Exception {
        Source source = addSource();
        sql("CREATE TRIGGER refuse_success BEFORE UPDATE OF last_success ON source"
                + " BEGIN SELECT RAISE(ABORT, 'read-only'); END");
        IngestScheduler scheduler =
                new IngestScheduler(ingester, db.sources(), IngestSettings.defaults(), Clock.systemUTC());

        List<PollResult> results = scheduler.pollAllOnce();
        scheduler.close();

        assertThat(results)
                .singleElement()
                .isInstanceOfSatisfying(
                        PollResult.Failed.class, f -> assertThat(f.code()).isEqualTo("INTERNAL"));
        Source crashed = db.sources().expect(source.id());
        assertThat(crashed.health().lastErrorCode()).isEqualTo("INTERNAL");
        assertThat(crashed.health().nextPoll()).isAfter(Instant.now().plusSeconds(60));
    }

    @Test
    void jsonFeedTimesFinerThanMillisecondsDoNotRefetchPages() {
        String json = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Gazette",
                 "items": [{"id": "hg-2001", "url": "%s/news/ferry-resumes", "title": "Ferry service resumes",
                            "date_published": "2026-11-25T09:30:00.123456Z",
                            "date_modified": "2026-11-25T10:00:00.654321Z",
                            "content_text": "The island ferry sails again."}]}
                """.formatted(base);
        routes.put("/feed.xml", new Response(200, "application/feed+json", json, ""));
        Source source = addSource();

        ingester.poll(source);
        int pages = pageRequests.get();
        PollResult.Read again = read(ingester.poll(db.sources().expect(source.id())));

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(pageRequests.get()).isEqualTo(pages);
    }

    private static PollResult.Read read(PollResult result) {
        assertThat(result).isInstanceOf(PollResult.Read.class);
        return (PollResult.Read) result;
    }

    private static PollResult.Failed failure(PollResult result) {
        assertThat(result).isInstanceOf(PollResult.Failed.class);
        return (PollResult.Failed) result;
    }
}
