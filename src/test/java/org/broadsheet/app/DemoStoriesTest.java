package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.broadsheet.store.Story;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo as a reader sees it after one ingestion and one story pass: one event followed across outlets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStoriesTest {
    private RunningDemo running;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path dir) throws InterruptedException {
        running = new RunningDemo(dir);
    }

    @AfterAll
    void stop() {
        running.close();
    }

    private Document get(String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(running.site(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void everyStoredArticleIsInAStoryAndSomeStoriesCrossLanguages() {
        var db = running.app.database();
        assertThat(db.stories().unassigned(org.broadsheet.ai.Embedder.MODEL, 10))
                .isEmpty();
        List<Story> stories = db.stories().candidates(Instant.EPOCH, Instant.now(), 100);
        assertThat(stories).anySatisfy(s -> assertThat(s.languages()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(stories).anySatisfy(s -> assertThat(s.outletCount()).isGreaterThanOrEqualTo(4));
    }

    @Test
    void aReaderFollowsATopStoryFromTheHomePageToItsCoverageAndBack() throws Exception {
        Document home = get("/");
        var top = home.select(".top-stories h3 a");
        assertThat(top).isNotEmpty();
        Document story = get(top.first().attr("href"));
        assertThat(story.select(".kicker").text()).isEqualTo("Full coverage");
        assertThat(story.select(".timeline > li").size()).isGreaterThanOrEqualTo(2);
        // The briefing sums the coverage up, each point citing the outlets whose articles support it.
        assertThat(story.select(".briefing h2").text()).isEqualTo("Briefing");
        assertThat(story.select(".briefing .ai-points li")).isNotEmpty();
        assertThat(story.select(".briefing .cites").first().text()).startsWith("—");
        String articleHref = story.select(".timeline h3 a").first().attr("href");
        Document article = get(articleHref);
        assertThat(article.select(".full-coverage a").attr("href"))
                .isEqualTo(top.first().attr("href"));
    }
}
