package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebStoryPagesTest {
    @TempDir
    Path dir;

    WebFixture web;
    Source gazette;
    Source tribune;

    @BeforeEach
    void start() {
        web = new WebFixture(dir);
        gazette = web.source("Harbour Gazette", DisplayPolicy.FULL);
        tribune = web.source("Lakeside Tribune", DisplayPolicy.FULL);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private long story(List<Long> articles, long representative) {
        long id = web.db.stories().create(Instant.now());
        web.db.stories().assign(id, articles, representative, Instant.now());
        return id;
    }

    @Test
    void storyPageShowsCoverageByOutletAsATimeline() throws Exception {
        long a = web.article(gazette, "a", "Storm Ilse reaches the coast", Duration.ofHours(3));
        long b = web.article(tribune, "b", "Ilse: ferries cancelled", Duration.ofHours(1));
        long id = story(List.of(a, b), a);

        HttpResponse<String> response = web.get("/stories/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Storm Ilse reaches the coast");
        // A shared link to the story shows its headline and who covered it.
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Storm Ilse reaches the coast");
        assertThat(page.select("meta[property=og:url]").attr("content")).endsWith("/stories/" + id);
        assertThat(page.select("meta[property=og:description]").attr("content")).contains("2 outlets");
        assertThat(page.select(".coverage-facts").text())
                .contains("2 outlets", "1 country: United Kingdom", "2 articles");
        assertThat(page.select(".timeline h3 a").eachText())
                .containsExactly("Storm Ilse reaches the coast", "Ilse: ferries cancelled");
        assertThat(page.select(".timeline .outlet").eachText()).containsExactly("Harbour Gazette", "Lakeside Tribune");
    }

    @Test
    void syndicatedCopiesAreShownOnceWithAlsoPublishedBy() throws Exception {
        // Both fixture articles with the same title have the same body text: a copy.
        long a = web.article(gazette, "a", "Wire: central bank cuts rates", Duration.ofHours(3));
        long b = web.article(tribune, "b", "Wire: central bank cuts rates", Duration.ofHours(2));
        long id = story(List.of(a, b), a);

        Document page = Jsoup.parse(web.get("/stories/" + id).body());
        assertThat(page.select(".timeline > li")).hasSize(1);
        assertThat(page.select(".also").text()).isEqualTo("Also published by Lakeside Tribune");
    }

    @Test
    void articlePageLinksToFullCoverageAndHomeShowsTopStoriesOncePerStory() throws Exception {
        long a = web.article(gazette, "a", "Storm Ilse reaches the coast", Duration.ofHours(3));
        long b = web.article(tribune, "b", "Ilse: ferries cancelled", Duration.ofHours(1));
        long alone = web.article(tribune, "c", "Library reopens", Duration.ofHours(2));
        long id = story(List.of(a, b), a);
        story(List.of(alone), alone);

        Document article = Jsoup.parse(web.get("/articles/" + b).body());
        assertThat(article.select(".full-coverage a").text()).isEqualTo("Full coverage: 2 outlets");
        assertThat(article.select(".full-coverage a").attr("href")).isEqualTo("/stories/" + id);
        assertThat(Jsoup.parse(web.get("/articles/" + alone).body()).select(".full-coverage"))
                .isEmpty();

        Document home = Jsoup.parse(web.get("/").body());
        // The story is one card: its lead article, the other outlet's headline beneath, and its full coverage.
        assertThat(home.select(".top-stories .story-group")).hasSize(1);
        assertThat(home.select(".top-stories .story-group .full-coverage a").attr("href"))
                .isEqualTo("/stories/" + id);
        assertThat(home.select(".top-stories .story-group h3").text()).isEqualTo("Storm Ilse reaches the coast");
        assertThat(home.select(".top-stories .other-coverage a:not(.outlet)").eachText())
                .containsExactly("Ilse: ferries cancelled");
        // The latest articles leave the story out, and the lone article is a card of its own.
        assertThat(home.select(".latest .article-card h3").eachText()).containsExactly("Library reopens");
        assertThat(home.select(".latest .story-group")).isEmpty();
        assertThat(web.get("/latest").body()).contains("Storm Ilse reaches the coast", "Ilse: ferries cancelled");
    }

    @Test
    void frontPageLeadsAStoryInTheReadersLanguageWithOneHeadlinePerOtherOutlet() throws Exception {
        Source rhein = web.db
                .sources()
                .add(NewSource.of("Rheinblick", URI.create("https://rheinblick.example/feed"))
                        .withLanguage("de"));
        Source courier = web.source("Liffey Courier", DisplayPolicy.FULL);
        Source daily = web.source("Southern Cross Daily", DisplayPolicy.FULL);
        long german = web.article(rhein, "de", "Sturm Ilse erreicht die Küste", Duration.ofMinutes(10), null, "de");
        long first = web.article(gazette, "g1", "Storm Ilse reaches the coast", Duration.ofHours(3));
        long second = web.article(gazette, "g2", "Ilse: the morning after", Duration.ofHours(2));
        long tribuneId = web.article(tribune, "t", "Ilse: ferries cancelled", Duration.ofHours(1));
        long courierId = web.article(courier, "c", "Ilse hits Galway", Duration.ofMinutes(50));
        long dailyId = web.article(daily, "s", "Ilse seen from afar", Duration.ofMinutes(40));
        long id = story(List.of(german, first, second, tribuneId, courierId, dailyId), german);

        Document home = Jsoup.parse(web.get("/").body());

        var card = home.select(".story-group");
        assertThat(card).hasSize(1);
        // The representative is German; the lead is the newest English article of the story with an image.
        assertThat(card.select("h3").text()).isEqualTo("Ilse seen from afar");
        // One headline per other outlet, English ones first and newest first, three at most: the German one waits.
        assertThat(card.select(".other-coverage a:not(.outlet)").eachText())
                .containsExactly("Ilse hits Galway", "Ilse: ferries cancelled", "Ilse: the morning after");
        assertThat(card.select(".full-coverage a").attr("href")).isEqualTo("/stories/" + id);
        assertThat(card.select(".full-coverage").text()).contains("5 outlets", "6 articles");
        assertThat(home.select(".article-card").size()).isEqualTo(1);
    }

    @Test
    void storiesIndexListsCurrentStoriesWithTheirOutletsAndLeavesLoneArticlesOut() throws Exception {
        long a = web.article(gazette, "a", "Storm Ilse reaches the coast", Duration.ofHours(3));
        long b = web.article(tribune, "b", "Ilse: ferries cancelled", Duration.ofHours(1));
        long alone = web.article(tribune, "c", "Library reopens", Duration.ofHours(2));
        long id = story(List.of(a, b), a);
        story(List.of(alone), alone);

        Document index = Jsoup.parse(web.get("/stories").body());

        assertThat(index.select(".story-index h3 a").eachText()).containsExactly("Storm Ilse reaches the coast");
        assertThat(index.select(".story-index h3 a").attr("href")).isEqualTo("/stories/" + id);
        assertThat(index.select(".story-index .meta").text())
                .contains("2 outlets", "2 articles", "United Kingdom", "English");
        assertThat(index.select("nav a[href=/stories]").attr("aria-current")).isEqualTo("page");
        assertThat(index.select("nav [aria-current]")).hasSize(1);
    }

    @Test
    void sourcesIndexListsOutletsByNameWithCountryLanguageAndFeedHealth() throws Exception {
        web.db
                .sources()
                .add(NewSource.of("Rheinblick", URI.create("https://rheinblick.example/feed"))
                        .withCountry("DE")
                        .withLanguage("de"));

        Document index = Jsoup.parse(web.get("/sources").body());

        assertThat(index.select(".source-index tbody th a").eachText())
                .containsExactly("Harbour Gazette", "Lakeside Tribune", "Rheinblick");
        assertThat(index.select(".source-index tbody th a").first().attr("href"))
                .isEqualTo("/sources/" + gazette.id());
        assertThat(index.select(".source-index tbody tr").last().text()).contains("Germany", "German", "new", "never");
        assertThat(index.select("nav a[href=/sources]").attr("aria-current")).isEqualTo("page");
        // Both index pages are linked from every page's header and footer.
        Document home = Jsoup.parse(web.get("/").body());
        assertThat(home.select("header a[href=/stories], header a[href=/sources]"))
                .hasSize(2);
        assertThat(home.select("footer a[href=/stories], footer a[href=/sources]"))
                .hasSize(2);
    }

    @Test
    void mergedStoryRedirectsAndUnknownStoryIs404() throws Exception {
        long a = web.article(gazette, "a", "One", Duration.ofHours(3));
        long b = web.article(tribune, "b", "Two", Duration.ofHours(1));
        long kept = story(List.of(a), a);
        long gone = story(List.of(b), b);
        web.db.stories().assign(kept, List.of(b), null, Instant.now());
        web.db.stories().markMerged(gone, kept, Instant.now());

        HttpResponse<String> moved = web.get("/stories/" + gone);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).contains("/stories/" + kept);
        assertThat(web.get("/stories/999").statusCode()).isEqualTo(404);
    }

    @Test
    void apiListsTopStoriesAndOneStoryWithItsArticles() throws Exception {
        long a = web.article(gazette, "a", "Storm Ilse reaches the coast", Duration.ofHours(3));
        long b = web.article(tribune, "b", "Ilse: ferries cancelled", Duration.ofHours(1));
        long id = story(List.of(a, b), a);

        String list = web.get("/api/v1/stories").body();
        assertThat(list).contains("\"id\":" + id, "\"headline\":\"Storm Ilse reaches the coast\"", "\"outletCount\":2");
        String one = web.get("/api/v1/stories/" + id).body();
        assertThat(one).contains("\"articleCount\":2", "\"title\":\"Ilse: ferries cancelled\"");
        HttpResponse<String> missing = web.get("/api/v1/stories/999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"code\":\"NOT_FOUND\"");
        assertThat(web.get("/api/v1/stories/abc").statusCode()).isEqualTo(400);
    }
}
