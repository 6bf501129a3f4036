package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebSystemEndpointsTest {
    @TempDir
    Path dir;

    WebFixture site;

    @BeforeEach
    void start() {
        site = new WebFixture(dir);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void healthCheckAnswersOkWhileTheDatabaseAnswers() throws Exception {
        HttpResponse<String> ok = site.get("/healthz");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(ok.body()).isEqualTo("{\"status\":\"ok\"}");

        site.db.close();

        assertThat(site.get("/healthz").statusCode()).isEqualTo(503);
    }

    @Test
    void metricsExposeTheRequestTimerByRouteTemplate() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        long id = site.article(planet, "a", "A story", Duration.ofMinutes(1));
        site.get("/articles/" + id);
        site.get("/articles/" + (id + 1000));

        HttpResponse<String> metrics = site.get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        assertThat(metrics.body())
                .contains(
                        "http_server_requests_seconds_count{method=\"GET\",route=\"/articles/{id}\",status=\"200\"} 1")
                .contains(
                        "http_server_requests_seconds_count{method=\"GET\",route=\"/articles/{id}\",status=\"404\"} 1")
                .doesNotContain("route=\"/articles/" + id + "\"");
    }

    @Test
    void unexpectedFailuresAnswer500WithTheErrorPageOrJsonUnderTheApi() throws Exception {
        site.db.close();

        HttpResponse<String> page = site.get("/");
        HttpResponse<String> api = site.get("/api/v1/articles");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("Something went wrong");
        assertThat(page.body()).doesNotContain("Hikari", "SQLException");
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(api.body()).startsWith("{\"error\":{\"code\":\"INTERNAL\"");
    }
}
