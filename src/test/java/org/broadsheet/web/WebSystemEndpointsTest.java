package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.broadsheet.comment.CommentSettings;
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
    void metricsAnswerOnlyOnTheMachineItselfWithoutAToken() throws Exception {
        assertThat(site.get("/metrics").statusCode()).isEqualTo(200);
        for (String header : OperatorAccess.PROXY_HEADERS) {
            HttpResponse<String> proxied = site.get("/metrics", header, "203.0.113.7");
            assertThat(proxied.statusCode()).as(header).isEqualTo(403);
            assertThat(proxied.body()).doesNotContain("http_server_requests");
        }
    }

    @Test
    void metricsNeedTheTokenWhenOneIsSet(@TempDir Path other) throws Exception {
        String token = "a-long-metrics-token-0123";
        try (WebFixture guarded = new WebFixture(
                other, WebSettings.defaults().withMetricsToken(token), CommentSettings.defaults(), null)) {
            HttpResponse<String> none = guarded.get("/metrics");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(none.body()).doesNotContain("http_server_requests");
            assertThat(guarded.get("/metrics", "Authorization", "Bearer wrong-token-0123456789")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(guarded.get("/metrics", "Authorization", "Bearer " + token)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(guarded.get("/metrics", "Authorization", "Bearer " + token, "X-Forwarded-For", "203.0.113.7")
                            .statusCode())
                    .as("a scraper elsewhere, through a proxy")
                    .isEqualTo(200);
        }
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

    @Test
    void crawlersGetRobotsSitemapsAndAFavicon() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        long fresh = site.article(planet, "fresh", "Harbour wall & pier to be rebuilt", Duration.ofHours(3));
        long old = site.article(planet, "old", "Last week's news", Duration.ofDays(5));

        HttpResponse<String> robots = site.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Disallow: /admin", "Disallow: /account", "Sitemap: http://");
        assertThat(robots.body()).contains("/sitemap.xml");

        assertThat(site.get("/sitemap.xml").body()).contains("/sitemap-pages.xml", "/sitemap-news.xml");
        assertThat(site.get("/sitemap-pages.xml").body())
                .contains("/latest</loc>", "/sources/" + planet.id() + "</loc>");

        String news = site.get("/sitemap-news.xml").body();
        // Well-formed XML, the title escaped, only the last 48 hours.
        var doc = Jsoup.parse(news, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(doc.select("url")).hasSize(1);
        assertThat(doc.select("news|title").text()).isEqualTo("Harbour wall & pier to be rebuilt");
        assertThat(news).contains("/articles/" + fresh + "</loc>").doesNotContain("/articles/" + old + "<");

        HttpResponse<String> favicon = site.get("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(301);
        assertThat(favicon.headers().firstValue("Location")).contains("/static/logo.svg");
    }
}
