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
import org.broadsheet.store.DisplayPolicy;
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
    private static long excerptId;
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
        long excerptSource = db.sources()
                .add(NewSource.of("Southern Cross Daily", URI.create("https://scd.example/feed"))
                        .withDisplay(DisplayPolicy.EXCERPT))
                .id();
        excerptId = db.articles()
                .upsert(new ArticleDraft(
                        excerptSource,
                        URI.create("https://scd.example/reef"),
                        null,
                        "reef",
                        "Reef survey finds coral recovery",
                        null,
                        t,
                        null,
                        t,
                        "en",
                        "A survey of the northern reef found that coral cover has recovered to its highest level.\n\n"
                                + "The marine institute counted 412 monitoring sites over seven months of diving.\n\n"
                                + "Dr Hana Whitcombe warned that a single heatwave could undo the gains within weeks.",
                        "<p>A survey of the northern reef found that coral cover has recovered.</p>",
                        "A survey of the northern reef found that coral cover has recovered to its highest level.",
                        null,
                        40,
                        "hash-scd"))
                .id();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        server = WebServer.start(
                WebSettings.defaults().withPort(0),
                WebServices.of(db, WebFixture.community(db), metrics)
                        .withFeatures(Features.NONE.withAssistant(new ArticleAssistant(
                                embedder, db.summaries(), db.sources(), cpu, null, Clock.systemUTC()))));
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
        assertThat(page.select(".ai-tldr").text()).startsWith("TL;DR Galway City Council has approved");
        assertThat(page.select(".ai-points li"))
                .as("a short piece: its points would only repeat the opening right below")
                .isEmpty();
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

    @Test
    void aQuestionEmptyOnceInvisibleCharactersAreDroppedIsA400WithTheReason() throws Exception {
        for (String q : new String[] {"%ff", "%e2%80%8b", "%c2%a0", "%01%02"}) {
            HttpResponse<String> response = get("/articles/" + id + "?q=" + q);
            assertThat(response.statusCode()).as(q).isEqualTo(400);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("#ai-q-problem").text()).as(q).isEqualTo("Type a question about this article.");
        }
        for (String body : new String[] {"{\"question\":\"\\u200b\"}", "{\"question\":\"\\u00a0\\u0001\"}"}) {
            HttpResponse<String> ask = post("/api/v1/articles/" + id + "/ask", "application/json", body);
            assertThat(ask.statusCode()).as(body).isEqualTo(400);
            assertThat(ask.body()).as(body).contains("\"code\":\"QUESTION_MISSING\"");
        }
    }

    @Test
    void anExcerptOnlyArticleIsNeverQuotedBeyondItsExcerpt() throws Exception {
        String hidden = "412 monitoring sites";
        Document page = Jsoup.parse(get("/articles/" + excerptId).body());
        assertThat(page.select(".ai-panel").text()).doesNotContain(hidden).doesNotContain("Whitcombe");
        assertThat(page.select(".ai-points li")).isEmpty();
        assertThat(page.select(".ai-notice").text()).contains("only an excerpt");

        String q = URLEncoder.encode("How many monitoring sites were counted?", StandardCharsets.UTF_8);
        HttpResponse<String> asked = get("/articles/" + excerptId + "?q=" + q);
        assertThat(asked.statusCode()).isEqualTo(200);
        Document answered = Jsoup.parse(asked.body());
        assertThat(answered.select(".ai-panel").text()).doesNotContain(hidden);
        assertThat(answered.select("a[href=#answer]"))
                .as("the excerpt page has no marked answer")
                .isEmpty();
        String coral = URLEncoder.encode("What did the survey find about the coral?", StandardCharsets.UTF_8);
        Document fromExcerpt =
                Jsoup.parse(get("/articles/" + excerptId + "?q=" + coral).body());
        assertThat(fromExcerpt.select(".ai-answer-text").text()).contains("coral cover has recovered");
        assertThat(fromExcerpt.select("a[href=#answer]")).isEmpty();

        String summary = get("/api/v1/articles/" + excerptId + "/summary").body();
        assertThat(summary).doesNotContain(hidden).contains("\"keyPoints\":[]");
        String ask = post(
                        "/api/v1/articles/" + excerptId + "/ask",
                        "application/json",
                        "{\"question\":\"Who warned about a heatwave?\"}")
                .body();
        assertThat(ask).doesNotContain("Whitcombe").doesNotContain("heatwave could undo");
    }
}
