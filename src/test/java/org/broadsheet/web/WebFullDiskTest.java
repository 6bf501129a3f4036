package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.search.FullDiskIndex;
import org.broadsheet.search.IndexedArticle;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.store.Database;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What readers and the health check see while the disk is full, and after. */
class WebFullDiskTest {
    @TempDir
    Path dir;

    private static final HttpClient http = HttpClient.newHttpClient();

    private static HttpResponse<String> get(WebServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsDegradedWhileTheSearchIndexCannotBeWrittenAndOkOnceItCanAgain() throws Exception {
        FullDiskIndex disk = new FullDiskIndex(dir.resolve("index"));
        try (Database db = Database.open(Database.sqliteUrl(dir));
                var index = disk.index) {
            Search search = new Search(index, text -> new float[384]);
            Features features = new Features(search, new RelatedArticles(index), null, null);
            WebServices services = WebServices.of(
                            db, WebFixture.community(db), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                    .withFeatures(features);
            WebServer server = WebServer.start(WebSettings.defaults().withPort(0), services);
            try {
                assertThat(get(server, "/healthz").body()).isEqualTo("{\"status\":\"ok\"}");

                disk.full.set(true);
                try {
                    index.put(new IndexedArticle(
                            1, "h", 1, "Gazette", null, "en", Instant.now(), "Storm", "Storm", "Storm", null));
                    index.commit();
                } catch (RuntimeException expected) {
                    // the disk is full
                }
                HttpResponse<String> degraded = get(server, "/healthz");
                assertThat(degraded.statusCode()).isEqualTo(200);
                assertThat(degraded.body())
                        .startsWith("{\"status\":\"degraded\",\"problems\":[\"search index: ")
                        .contains("No space left on device");

                disk.full.set(false);
                index.commit();
                assertThat(get(server, "/healthz").body()).isEqualTo("{\"status\":\"ok\"}");
            } finally {
                server.close();
            }
        }
    }

    @Test
    void aFullDatabaseRefusesWritesWith503WhileReadsKeepWorking() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("test.db");
        long id;
        try (WebFixture seed = new WebFixture(dir)) {
            Source planet = seed.source("Daily Planet", DisplayPolicy.FULL);
            id = seed.article(planet, "a", "A story", Duration.ofMinutes(1));
        }
        // SQLite answers SQLITE_FULL once the file would grow past its current size, as on a full disk.
        try (WebFixture site =
                new WebFixture(url + "?max_page_count=1", WebSettings.defaults(), CommentSettings.defaults(), null)) {
            WebFixture.Browser browser = site.browser();
            HttpResponse<String> refused = null;
            for (int i = 0; i < 200 && refused == null; i++) {
                HttpResponse<String> r = browser.post(
                        "/signup", "username=reader" + i + "&password=" + WebFixture.enc("a long pass phrase " + i));
                if (r.statusCode() != 303) {
                    refused = r;
                }
            }
            assertThat(refused).as("a sign-up fails once the database is full").isNotNull();
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("run out of storage space");

            assertThat(site.get("/articles/" + id).statusCode())
                    .as("reading still works")
                    .isEqualTo(200);
            HttpResponse<String> health = site.get("/healthz");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("{\"status\":\"degraded\"").contains("disk space");
        }
    }

    @Test
    void recognisesAFullDiskInEachStoresWords() {
        assertThat(StorageHealth.isFull(new RuntimeException(new java.sql.SQLException("could not extend", "53100"))))
                .as("PostgreSQL's disk_full")
                .isTrue();
        assertThat(StorageHealth.isFull(
                        new java.io.UncheckedIOException(new java.io.IOException("No space left on device"))))
                .isTrue();
        assertThat(StorageHealth.isFull(new java.sql.SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(StorageHealth.isFull(new IllegalStateException("No space left on device")))
                .as("only what storage says counts")
                .isFalse();
    }
}
