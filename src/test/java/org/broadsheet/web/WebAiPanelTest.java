package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.ai.Embedder;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "AI features" panel on a real server over SQLite, without JavaScript: forms and server-rendered answers. */
class WebAiPanelTest {
    @TempDir
    static Path dir;

    private static Embedder embedder;
    private static ExecutorService cpu;
    private static Database db;
    private static WebServer server;
    private static long id;
    private static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        embedder = Embedder.load();
        cpu = Executors.newFixedThreadPool(2);
        db = Database.open("jdbc:sqlite:" + dir.resolve("test.db"));
        long source = db.sources()
                .add(NewSource.of("Courier", URI.create("https://courier.example/feed")))
                .id();
        Instant t = Instant.now().minusSeconds(600);
        id = db.articles()
                .upsert(new ArticleDraft(
                        source,
                        URI.create("https://courier.example/cycle"),
                        null,
                        "cycle",
                        "Galway approves cycle network",
                        null,
                        t,
                        null,
                        t,
                        "en",
                        "Galway City Council has approved a plan to build 23km of segregated cycle lanes.\n\n"
                                + "The plan is largely funded by the National Transport Authority.\n\n"
                                + "About 190 parking spaces will be removed. Construction starts next spring.",
                        "<p>Galway City Council has approved a plan to build 23km of segregated cycle lanes.</p>"
                                + "<p>The plan is largely funded by the <b>National Transport Authority</b>.</p>"
                                + "<p>About 190 parking spaces will be removed. Construction starts next spring.</p>",
                        "Galway City Council has approved a plan.",
                        null,
                        40,
                        "hash-1"))
                .id();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        server = WebServer.start(
                WebSettings.defaults().withPort(0),
                WebServices.of(db, WebFixture.community(db), metrics)
                        .withFeatures(Features.NONE.withAssistant(
                                new ArticleAssistant(embedder, db.summaries(), cpu, null, Clock.systemUTC()))));
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
        cpu.shutdown();
        embedder.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void articlePageShowsTheSummaryAndAnAskFormThatWorksWithoutJavaScript() throws Exception {
        Document page = Jsoup.parse(get("/articles/" + id).body());
        assertThat(page.select(".ai-panel h2").text()).isEqualTo("AI features");
        // Folded, so that a phone's first screen reaches the article's text (app.js unfolds it on wide screens).
        assertThat(page.select("details.ai-fold[data-open-wide] > .ai-panel")).hasSize(1);
        assertThat(page.select("details.ai-fold").hasAttr("open")).isFalse();
        assertThat(page.select("details.ai-fold").first().nextElementSiblings().select(".body"))
                .isNotEmpty();
        assertThat(page.select(".ai-tldr").text()).startsWith("TL;DR Galway City Council has approved");
        assertThat(page.select(".ai-points li")).isNotEmpty();
        assertThat(page.select("form[data-ai-ask]").attr("method")).isEqualTo("get");
        assertThat(page.select("form[data-ai-ask] input[name=q]")).hasSize(1);
        assertThat(page.select(".ai-translate"))
                .as("no translation without a language model")
                .isEmpty();
        assertThat(page.select("script[src*=ai.js]")).hasSize(1);
        assertThat(page.select("script:not([src])"))
                .as("the CSP forbids inline scripts")
                .isEmpty();
    }

    @Test
    void aQuestionIsAnsweredInThePanelAndMarkedInTheBody() throws Exception {
        String q = URLEncoder.encode("Who is funding the plan?", StandardCharsets.UTF_8);
        HttpResponse<String> response = get("/articles/" + id + "?q=" + q);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".ai-answer-text").text()).contains("National Transport Authority");
        assertThat(page.select(".ai-confidence").text()).startsWith("Confidence:");
        assertThat(page.select("#ai-q").val()).isEqualTo("Who is funding the plan?");
        assertThat(page.select("details.ai-fold").hasAttr("open"))
                .as("an answer is shown unfolded")
                .isTrue();
        assertThat(page.select(".body #answer").text()).contains("largely funded");
    }

    @Test
    void anEmptyQuestionIsA400WithTheReasonNextToTheField() throws Exception {
        HttpResponse<String> response = get("/articles/" + id + "?q=+");
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#ai-q-problem").text()).isEqualTo("Type a question about this article.");
        assertThat(page.select("#ai-q").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void anUnrelatedQuestionGetsAnHonestDoesNotSay() throws Exception {
        String q = URLEncoder.encode("What is the best pancake recipe?", StandardCharsets.UTF_8);
        Document page = Jsoup.parse(get("/articles/" + id + "?q=" + q).body());
        assertThat(page.select(".ai-answer-text").text()).isEqualTo("The article doesn't say.");
        assertThat(page.select(".body mark")).isEmpty();
    }

    @Test
    void apiGivesTheSummaryAndAnswersWithReasonCodesForBadQuestions() throws Exception {
        HttpResponse<String> summary = get("/api/v1/articles/" + id + "/summary");
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("\"tldr\":\"Galway City Council").contains("\"method\":\"extractive\"");

        HttpResponse<String> ask = post(
                "/api/v1/articles/" + id + "/ask",
                "application/json",
                "{\"question\":\"How many parking spaces go?\"}");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body())
                .contains("\"found\":true")
                .contains("190 parking spaces")
                .contains("\"sentences\":[2]");

        assertThat(post("/api/v1/articles/" + id + "/ask", "application/json", "{nope")
                        .body())
                .contains("\"code\":\"INVALID_JSON\"");
        assertThat(post("/api/v1/articles/" + id + "/ask", "application/json", "{}")
                        .body())
                .contains("\"code\":\"QUESTION_MISSING\"");
        HttpResponse<String> tooLong = post(
                "/api/v1/articles/" + id + "/ask", "application/x-www-form-urlencoded", "question=" + "a".repeat(301));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"code\":\"QUESTION_TOO_LONG\"");
        assertThat(get("/api/v1/articles/999/summary").statusCode()).isEqualTo(404);
    }
}
