package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started from {@link WebServices#of} and its with-methods, over the fixture's database. */
class WebServicesTest {
    @TempDir
    Path dir;

    WebFixture site;
    Source planet;
    final AtomicLong version = new AtomicLong();
    final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        site = new WebFixture(dir);
        planet = site.source("Daily Planet", DisplayPolicy.FULL);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private WebServices services() {
        return WebServices.of(
                site.db, WebFixture.community(site.db), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    private HttpResponse<String> get(WebServer server, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSiteWithNothingOptionalServesPagesAndSaysSearchIsNotAvailable() throws Exception {
        long id = site.article(planet, "a", "Harbour reopens", Duration.ofMinutes(5));
        try (WebServer server = WebServer.start(WebSettings.defaults().withPort(0), services())) {
            assertThat(get(server, "/").body()).contains("Harbour reopens");
            assertThat(get(server, "/articles/" + id).statusCode()).isEqualTo(200);
            assertThat(get(server, "/search?q=harbour").statusCode()).isEqualTo(503);
            assertThat(get(server, "/api/v1/search?q=harbour").statusCode()).isEqualTo(503);
            assertThat(get(server, "/api/v1/articles/" + id + "/summary").statusCode())
                    .isEqualTo(404);
            assertThat(Jsoup.parse(get(server, "/articles/" + id).body()).select(".ai-panel"))
                    .isEmpty();
        }
    }

    @Test
    void cachedPagesFollowTheContentVersionGiven() throws Exception {
        site.article(planet, "a", "First", Duration.ofMinutes(5));
        WebServices services = services().withContentVersion(version::get);
        try (WebServer server = WebServer.start(WebSettings.defaults().withPort(0), services)) {
            assertThat(titles(server)).containsExactly("First");

            site.article(planet, "b", "Second", Duration.ofMinutes(1));
            assertThat(titles(server)).as("the version given has not moved").containsExactly("First");

            version.incrementAndGet();
            assertThat(titles(server)).containsExactly("Second", "First");
        }
    }

    private java.util.List<String> titles(WebServer server) throws Exception {
        return Jsoup.parse(get(server, "/").body()).select(".article-card h3").eachText();
    }

    @Test
    void refusesAbsentPartsNamingThem() {
        WebServices services = services();
        assertThatNullPointerException()
                .isThrownBy(() -> services.withFeedFinder(null))
                .withMessage("feedFinder");
        assertThatNullPointerException()
                .isThrownBy(() -> services.withFeatures(null))
                .withMessage("features");
        assertThatNullPointerException()
                .isThrownBy(() -> services.withSourceRefresh(null))
                .withMessage("refreshSourceNow");
        assertThatNullPointerException()
                .isThrownBy(() -> WebServer.start(WebSettings.defaults().withPort(0), null))
                .withMessage("services");
    }
}
