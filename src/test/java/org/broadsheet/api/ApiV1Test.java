package org.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.broadsheet.web.WebFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiV1Test {
    static final ObjectMapper JSON = new ObjectMapper();

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

    JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    @Test
    void paginationWalksEveryArticleExactlyOnceNewestFirst() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        Source bugle = site.source("Daily Bugle", DisplayPolicy.EXCERPT);
        for (int i = 0; i < 23; i++) {
            site.article(i % 2 == 0 ? planet : bugle, "g" + i, "Story " + i, Duration.ofMinutes(i / 3));
        }

        List<Long> ids = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String path = "/api/v1/articles?limit=5";
        int pages = 0;
        while (path != null) {
            JsonNode page = getJson(path, 200);
            pages++;
            for (JsonNode article : page.get("articles")) {
                ids.add(article.get("id").asLong());
                times.add(Instant.parse(article.get("published").asText()));
            }
            path = page.get("next").isNull()
                    ? null
                    : "/api/v1/articles?limit=5&after=" + page.get("next").asText();
        }

        assertThat(pages).isEqualTo(5);
        assertThat(ids).hasSize(23);
        assertThat(new HashSet<>(ids)).hasSize(23);
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void listItemsCarryMetadataButNoBodyAndCanBeFilteredBySource() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        Source bugle = site.source("Daily Bugle", DisplayPolicy.FULL);
        long id = site.article(planet, "p", "Planet story", Duration.ofMinutes(2));
        site.article(bugle, "b", "Bugle story", Duration.ofMinutes(1));

        JsonNode page = getJson("/api/v1/articles?source=" + planet.id(), 200);

        assertThat(page.get("articles")).hasSize(1);
        assertThat(page.get("next").isNull()).isTrue();
        JsonNode article = page.get("articles").get(0);
        Set<String> fields = new HashSet<>();
        article.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "id",
                        "url",
                        "canonicalUrl",
                        "title",
                        "byline",
                        "source",
                        "published",
                        "updated",
                        "fetched",
                        "language",
                        "excerpt",
                        "image",
                        "wordCount");
        assertThat(article.get("id").asLong()).isEqualTo(id);
        assertThat(article.get("source").get("name").asText()).isEqualTo("Daily Planet");
        assertThat(article.get("source").get("id").asLong()).isEqualTo(planet.id());
        assertThat(article.get("url").asText()).isEqualTo("https://news.example/p");
        assertThat(Instant.parse(article.get("fetched").asText())).isNotNull();
    }

    @Test
    void oneArticleHasItsBodyOnlyWhenTheSourceShowsFullArticles() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        Source bugle = site.source("Daily Bugle", DisplayPolicy.EXCERPT);
        long full = site.article(planet, "f", "Full", Duration.ofMinutes(2));
        long excerpt = site.article(bugle, "e", "Excerpt", Duration.ofMinutes(1));

        JsonNode fullJson = getJson("/api/v1/articles/" + full, 200);
        JsonNode excerptJson = getJson("/api/v1/articles/" + excerpt, 200);

        assertThat(fullJson.get("title").asText()).isEqualTo("Full");
        assertThat(fullJson.get("html").asText()).contains("<p>The full body of Full.</p>");
        assertThat(fullJson.get("text").asText()).startsWith("The full body of Full.");
        assertThat(fullJson.get("display").asText()).isEqualTo("full");
        assertThat(excerptJson.get("display").asText()).isEqualTo("excerpt");
        assertThat(excerptJson.has("html")).isFalse();
        assertThat(excerptJson.has("text")).isFalse();
        assertThat(excerptJson.get("excerpt").asText()).isEqualTo("A short excerpt of Excerpt.");
    }

    @Test
    void sourcesComeWithTheirHealth() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        site.db
                .sources()
                .recordFailure(planet.id(), Instant.now(), "TIMEOUT", "No answer in 20 s", Instant.now(), "back-off");

        JsonNode source = getJson("/api/v1/sources", 200).get("sources").get(0);

        assertThat(source.get("name").asText()).isEqualTo("Daily Planet");
        assertThat(source.get("display").asText()).isEqualTo("full");
        assertThat(source.get("health").get("status").asText()).isEqualTo("failing");
        assertThat(source.get("health").get("lastErrorCode").asText()).isEqualTo("TIMEOUT");
        assertThat(source.get("health").get("consecutiveFailures").asInt()).isEqualTo(1);
        assertThat(source.get("health").get("nextPollReason").asText()).isEqualTo("back-off");
    }

    @Test
    void badParametersAndUnknownIdsAnswerWithTheErrorShape() throws Exception {
        for (String path : new String[] {
            "/api/v1/articles?limit=0",
            "/api/v1/articles?limit=101",
            "/api/v1/articles?limit=ten",
            "/api/v1/articles?after=nonsense",
            "/api/v1/articles?source=x",
            "/api/v1/articles/abc"
        }) {
            JsonNode error = getJson(path, 400).get("error");
            assertThat(error.get("code").asText()).as(path).isEqualTo("BAD_REQUEST");
            assertThat(error.get("message").asText()).as(path).isNotBlank();
        }
        assertThat(getJson("/api/v1/articles/99999", 404)
                        .get("error")
                        .get("code")
                        .asText())
                .isEqualTo("NOT_FOUND");
        assertThat(getJson("/api/v1/nothing-here", 404).get("error").get("code").asText())
                .isEqualTo("NOT_FOUND");
        assertThat(getJson("/api/v1/articles?limit=100", 200).get("articles")).isEmpty();
    }

    @Test
    void anotherMethodOnAKnownAddressIs405WithAllow() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        long id = site.article(planet, "g1", "Harbour reopens", Duration.ofHours(1));
        for (String method : List.of("DELETE", "PUT", "PATCH")) {
            HttpResponse<String> response = site.browser()
                    .send(HttpRequest.newBuilder(site.uri("/api/v1/articles/" + id))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build());
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("GET");
            assertThat(JSON.readTree(response.body()).at("/error/code").asText())
                    .isEqualTo("METHOD_NOT_ALLOWED");
        }
        HttpResponse<String> delete = site.browser()
                .send(HttpRequest.newBuilder(site.uri("/api/v1/articles/" + id + "/comments"))
                        .DELETE()
                        .build());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow").orElseThrow())
                .contains("GET")
                .contains("POST");
        assertThat(site.get("/api/v1/nothing-here").statusCode()).isEqualTo(404);
    }
}
