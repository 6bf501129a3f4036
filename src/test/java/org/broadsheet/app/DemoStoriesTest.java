package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
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
        var top = home.select(".top-stories .full-coverage a");
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

    @Test
    void theFrontPageShowsEachStoryOnceWithItsOtherOutletsBeneath() throws Exception {
        Document home = get("/");
        List<String> shown = home.select(".front-cards h3 a, .front-cards .other-coverage a:not(.outlet)")
                .eachAttr("href");
        assertThat(shown).doesNotHaveDuplicates();
        assertThat(home.select(".story-group .full-coverage a").eachAttr("href"))
                .doesNotHaveDuplicates();
        var db = running.app.database();
        List<Article> all = db.articles().list(ArticleQuery.latest(1000));
        // The tanker grounding (two English outlets; the French report is not clustered with them yet) and the Lyon art
        // theft (four outlets, in three languages).
        for (String subject : List.of("tanker grounding", "Lyon art")) {
            Article one = all.stream()
                    .filter(a -> a.title().contains(subject))
                    .findFirst()
                    .orElseThrow();
            Story story = db.stories().findByArticle(one.id()).orElseThrow();
            assertThat(story.outletCount()).as(subject).isGreaterThanOrEqualTo(2);
            var cards = home.select(".story-group:has(.full-coverage a[href=/stories/" + story.id() + "])");
            assertThat(cards).as(subject).hasSize(1);
            // Its lead, then one headline from each other outlet, three at most.
            assertThat(cards.select(".other-coverage li").size())
                    .as(subject)
                    .isEqualTo(Math.min(3, story.outletCount() - 1));
            assertThat(cards.select(".other-coverage .outlet").eachText())
                    .as(subject)
                    .doesNotHaveDuplicates()
                    .doesNotContain(cards.select("h3 + .meta .outlet").text());
            // None of its articles shows anywhere else on the page.
            List<String> members = db.stories().articleIds(story.id()).stream()
                    .map(id -> "/articles/" + id)
                    .toList();
            List<String> inCard =
                    cards.select("h3 a, .other-coverage a:not(.outlet)").eachAttr("href");
            assertThat(shown.stream().filter(members::contains).toList())
                    .as(subject)
                    .containsExactlyInAnyOrderElementsOf(inCard);
        }
        // Under each lead, the headlines in the site's language (English) come first.
        for (var card : home.select(".story-group")) {
            List<Boolean> english = card.select(".other-coverage a:not(.outlet)").stream()
                    .map(a -> a.attr("lang").equals("en"))
                    .toList();
            assertThat(english).as(card.select("h3").text()).isSortedAccordingTo((x, y) -> Boolean.compare(y, x));
        }
    }
}
