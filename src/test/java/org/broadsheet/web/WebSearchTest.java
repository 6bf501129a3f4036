package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.broadsheet.ai.Embedder;
import org.broadsheet.search.IndexedArticle;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page, the search API and related articles over a real database, index and embedding model. */
class WebSearchTest {
    @TempDir
    static Path dir;

    static Database db;
    static SearchIndex index;
    static Embedder embedder;
    static WebServer server;
    static long truceId;
    static long recallId;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        db = Database.open(Database.sqliteUrl(dir));
        index = SearchIndex.lucene(dir.resolve("index"));
        embedder = Embedder.load();
        Source gazette = source("Harbour Gazette", "GB", "en");
        Source tribune = source("Lakeside Tribune", "US", "en");
        Source rhein = source("Rheinblick", "DE", "de");
        truceId = article(
                gazette,
                "t",
                "Truce negotiations resume in Geneva",
                "Mediators brought both delegations" + " back to the table, hoping to agree a pause in the fighting.",
                0);
        article(
                tribune,
                "s",
                "Storm Ilse closes ferry routes",
                "Ferries were cancelled as Storm Ilse hit the coast.",
                1);
        article(rhein, "st", "Sturmtief Ilse legt Bahnverkehr lahm", "Umgestürzte Bäume blockieren die Strecken.", 2);
        recallId = article(
                tribune,
                "v1",
                "Vantora recalls e-bike batteries after fires",
                "Vantora will recall 1.2"
                        + " million e-bike batteries after dozens of fires. Owners should stop charging them.",
                3);
        article(
                gazette,
                "v2",
                "UK shops pull Vantora e-bikes from sale",
                "Retailers removed Vantora e-bikes after" + " the battery recall over fires.",
                4);
        article(rhein, "v3", "Vantora ruft E-Bike-Akkus zurück", "Vantora ruft 1,2 Millionen Akkus zurück.", 5);
        index.commit();
        server = WebServer.start(
                WebSettings.defaults().withPort(0),
                WebServices.of(db, WebFixture.community(db), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                        .withFeatures(Features.NONE.withSearch(
                                new Search(index, embedder::embed), new RelatedArticles(index))));
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
        embedder.close();
        db.close();
    }

    private static Source source(String name, String country, String language) {
        return db.sources()
                .add(NewSource.of(
                                name,
                                URI.create("https://" + name.replace(" ", "").toLowerCase() + ".example/feed"))
                        .withCountry(country)
                        .withLanguage(language));
    }

    private static long article(Source s, String guid, String title, String text, int hours) {
        Instant published = Instant.parse("2026-11-20T08:00:00Z").plusSeconds(3600L * hours);
        long id = db.articles()
                .upsert(new ArticleDraft(
                        s.id(),
                        URI.create("https://news.example/" + guid),
                        null,
                        guid,
                        title,
                        null,
                        published,
                        null,
                        published,
                        s.language(),
                        text,
                        "<p>" + text + "</p>",
                        text,
                        null,
                        20,
                        "hash-" + guid))
                .id();
        Article a = db.articles().find(id).orElseThrow();
        index.put(new IndexedArticle(
                id,
                a.contentHash(),
                s.id(),
                s.name(),
                s.country(),
                a.language(),
                a.sortTime(),
                title,
                a.excerpt(),
                text,
                embedder.embed(title + "\n" + text)));
        return id;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void apiFindsByWordsAndByMeaning() throws Exception {
        HttpResponse<String> r = get("/api/v1/search?q=" + q("ceasefire talks"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("hits").get(0).get("id").asLong()).isEqualTo(truceId);
        assertThat(body.get("hits").get(0).get("semantic").asBoolean()).isTrue();

        JsonNode storm = json.readTree(get("/api/v1/search?q=Ilse&language=de").body());
        assertThat(storm.get("hits")).hasSize(1);
        assertThat(storm.get("hits").get(0).get("titleHtml").asText()).contains("<mark>Ilse</mark>");
        assertThat(storm.get("hits").get(0).get("source").get("name").asText()).isEqualTo("Rheinblick");
    }

    @Test
    void apiFiltersByCountryAndDateAndSortsByNewest() throws Exception {
        JsonNode us = json.readTree(get("/api/v1/search?q=Vantora&country=US").body());
        assertThat(us.get("hits")).hasSize(1);
        JsonNode newest =
                json.readTree(get("/api/v1/search?q=Vantora&sort=newest").body());
        assertThat(newest.get("hits").get(0).get("title").asText()).isEqualTo("Vantora ruft E-Bike-Akkus zurück");
        JsonNode early =
                json.readTree(get("/api/v1/search?q=Vantora&to=2026-11-19").body());
        assertThat(early.get("hits")).isEmpty();
        // The site writes dates as dd-mm-yyyy, and reads them so too.
        assertThat(json.readTree(get("/api/v1/search?q=Vantora&to=19-11-2026").body())
                        .get("hits"))
                .isEmpty();
        assertThat(json.readTree(get("/api/v1/search?q=Vantora&from=19-11-2026").body())
                        .get("hits"))
                .hasSize(3);
        assertThat(get("/api/v1/search?q=Vantora&from=31-02-2026").statusCode()).isEqualTo(400);
    }

    @Test
    void apiAnswersAMalformedQueryWithBadQuery() throws Exception {
        for (String bad : new String[] {"\"unclosed", "(storm", "AND", "*orm", ""}) {
            HttpResponse<String> r = get("/api/v1/search?q=" + q(bad));
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            JsonNode error = json.readTree(r.body()).get("error");
            assertThat(error.get("code").asText()).as(bad).isEqualTo("BAD_QUERY");
            assertThat(error.get("message").asText()).isNotBlank();
        }
    }

    @Test
    void apiAnswersABadFilterWithBadRequest() throws Exception {
        for (String bad : new String[] {"from=yesterday", "sort=best", "page=0", "source=x", "language=english!"}) {
            HttpResponse<String> r = get("/api/v1/search?q=storm&" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(json.readTree(r.body()).get("error").get("code").asText())
                    .isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void searchPageShowsMarkedResultsAndTheFormOnEveryPage() throws Exception {
        HttpResponse<String> r = get("/search?q=Vantora");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("ol.results li")).hasSize(3);
        assertThat(page.select("ol.results mark").text()).contains("Vantora");
        assertThat(page.select("input#q").val()).isEqualTo("Vantora");
        assertThat(page.select("header input[name=q]").val()).isEqualTo("Vantora");
        assertThat(page.select(".result-count").text()).isEqualTo("3 articles found");
        assertThat(page.select("input#s-from").attr("placeholder")).isEqualTo("dd-mm-yyyy");
        assertThat(page.select("label[for=s-from]").text()).contains("dd-mm-yyyy");
        assertThat(Jsoup.parse(get("/").body()).select("header form.site-search[action=/search] input[name=q]"))
                .hasSize(1);
        assertThat(Jsoup.parse(get("/").body()).select("header input[name=q]").hasAttr("value"))
                .isFalse();
    }

    @Test
    void searchPageSaysOnceThatNothingWasFound() throws Exception {
        Document page = Jsoup.parse(get("/search?q=zeppelinxyz").body());
        assertThat(page.select("main [role=status]").eachText()).hasSize(1);
        assertThat(page.select(".empty h2").text()).isEqualTo("No articles found");
        assertThat(page.select(".result-count")).isEmpty();
        assertThat(page.select("ol.results")).isEmpty();
    }

    @Test
    void searchPageExplainsAMalformedQueryBesideTheField() throws Exception {
        HttpResponse<String> r = get("/search?q=" + q("\"unclosed"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#q-error").text()).contains("quotes");
        assertThat(page.select("input#q").val()).isEqualTo("\"unclosed");
        HttpResponse<String> date = get("/search?q=storm&from=soon");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(date.body()).select(".field-error").text()).contains("'from'");
    }

    @Test
    void articlePageAndApiShowRelatedArticlesWithWhy() throws Exception {
        Document page = Jsoup.parse(get("/articles/" + recallId).body());
        assertThat(page.select("section.related li")).isNotEmpty();
        assertThat(page.select("section.related .why").text()).contains("Vantora");
        JsonNode related =
                json.readTree(get("/api/v1/articles/" + recallId + "/related").body());
        assertThat(related.get("items")).isNotEmpty();
        assertThat(related.get("items").get(0).get("why").asText()).isNotBlank();
        assertThat(related.get("items").findValuesAsText("id")).doesNotContain(Long.toString(recallId));
        assertThat(get("/api/v1/articles/9999/related").statusCode()).isEqualTo(404);
    }
}
