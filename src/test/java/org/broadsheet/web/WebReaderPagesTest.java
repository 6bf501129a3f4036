package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebReaderPagesTest {
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
    void articlePageAndApiSayWhenTheBodyMayBeIncomplete() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        long paywalled = site.article(
                planet, "p", "Locked article", Duration.ofHours(1), org.broadsheet.store.ContentFlag.PAYWALLED);
        long plain = site.article(planet, "q", "Open article", Duration.ofHours(2));

        assertThat(site.page("/articles/" + paywalled).select(".content-notice").text())
                .contains("subscribers");
        assertThat(site.page("/articles/" + plain).select(".content-notice")).isEmpty();
        assertThat(site.get("/api/v1/articles/" + paywalled).body()).contains("\"contentFlag\":\"PAYWALLED\"");
        assertThat(site.get("/api/v1/articles/" + plain).body()).doesNotContain("contentFlag");
    }

    @Test
    void latestListsTitlesNewestFirstWithOutletAndRelativeTime() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        Source bugle = site.source("Daily Bugle", DisplayPolicy.EXCERPT);
        site.article(planet, "a", "Older article", Duration.ofHours(3).plusMinutes(5));
        site.article(bugle, "b", "Newest article", Duration.ofMinutes(21).plusSeconds(10));
        site.article(planet, "c", "Oldest article", Duration.ofDays(2).plusHours(1));

        Document home = site.page("/latest");

        assertThat(home.select(".article-card h2").eachText())
                .containsExactly("Newest article", "Older article", "Oldest article");
        Element first = home.selectFirst(".article-card");
        assertThat(first.selectFirst(".outlet").text()).isEqualTo("Daily Bugle");
        assertThat(first.selectFirst("time").text()).isEqualTo("21 minutes ago");
        assertThat(first.selectFirst("time").attr("datetime")).endsWith("Z");
        assertThat(first.selectFirst("h2 a").attr("href")).startsWith("/articles/");
        assertThat(first.selectFirst(".excerpt").text()).isEqualTo("A short excerpt of Newest article.");
        Element thumb = first.selectFirst("img.thumb");
        assertThat(thumb.attr("loading")).isEqualTo("lazy");
        assertThat(thumb.attr("width")).isNotBlank();
        assertThat(thumb.attr("height")).isNotBlank();
        assertThat(thumb.hasAttr("alt")).isTrue();
        assertThat(home.select(".article-card time").eachText())
                .containsExactly("21 minutes ago", "3 hours ago", "2 days ago");
        assertThat(home.title()).isEqualTo("Latest articles · Broadsheet");
        assertThat(home.select("header.masthead .brand").text()).isEqualTo("Broadsheet");
        assertThat(home.select("main#main")).hasSize(1);
    }

    @Test
    void latestPaginatesWithAnOlderLinkThatContinuesWhereThePageEnded() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        for (int i = 1; i <= 25; i++) {
            site.article(planet, "g" + i, "Article " + i, Duration.ofMinutes(i));
        }

        Document first = site.page("/latest");
        assertThat(first.select(".article-card")).hasSize(20);
        assertThat(first.select(".article-card h2").first().text()).isEqualTo("Article 1");
        Element older = first.selectFirst("a[rel=next]");
        assertThat(older.text()).isEqualTo("Older articles →");
        assertThat(first.select(".pager a").eachText()).containsExactly("Older articles →");

        Document second = site.page(older.attr("href"));
        assertThat(second.select(".article-card h2").eachText())
                .containsExactly("Article 21", "Article 22", "Article 23", "Article 24", "Article 25");
        assertThat(second.select("a[rel=next]")).isEmpty();
        // A later page leads back to the newest.
        assertThat(second.select(".pager a").eachText()).containsExactly("← Newest articles");
        assertThat(second.selectFirst(".pager a").attr("href")).isEqualTo("/latest");
    }

    @Test
    void theHeaderMarksOnlyTheCurrentPageAndNoneOnArticlesOutletsAndStories() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        long id = site.article(planet, "p", "Planet article", Duration.ofMinutes(5));

        assertThat(site.page("/latest").select("header [aria-current]").eachText())
                .containsExactly("Latest");
        assertThat(site.page("/").select("header [aria-current]").eachAttr("href"))
                .containsExactly("/");
        assertThat(site.page("/articles/" + id).select("header [aria-current], footer [aria-current]"))
                .isEmpty();
        assertThat(site.page("/sources/" + planet.id()).select("header [aria-current], footer [aria-current]"))
                .isEmpty();
    }

    @Test
    void latestFiltersByOutletAndMarksItSelected() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        Source bugle = site.source("Daily Bugle", DisplayPolicy.FULL);
        site.article(planet, "p", "Planet article", Duration.ofMinutes(5));
        site.article(bugle, "b", "Bugle article", Duration.ofMinutes(1));

        Document filtered = site.page("/latest?source=" + planet.id());

        assertThat(filtered.select(".article-card h2").eachText()).containsExactly("Planet article");
        assertThat(filtered.selectFirst("h1").text()).isEqualTo("Daily Planet");
        assertThat(filtered.selectFirst("select#source option[selected]").text())
                .isEqualTo("Daily Planet");
        assertThat(filtered.selectFirst("label[for=source]")).isNotNull();
        assertThat(site.get("/latest?source=999").statusCode()).isEqualTo(404);
        assertThat(site.get("/latest?source=abc").statusCode()).isEqualTo(400);
        // The flat list used to be the front page: its old addresses lead to its new one.
        HttpResponse<String> old = site.get("/?source=" + planet.id());
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/latest?source=" + planet.id());
    }

    @Test
    void homeWithoutArticlesSaysSourcesAreBeingFetchedAndLinksToTheSourcesPage() throws Exception {
        site.source("Daily Planet", DisplayPolicy.FULL);

        Document home = site.page("/");

        assertThat(home.select(".empty h2").text()).isEqualTo("No articles yet");
        assertThat(home.select(".empty").text()).contains("being fetched");
        assertThat(home.select(".empty a[href=/admin/sources]")).hasSize(1);
    }

    @Test
    void articlePageShowsTitleOutletDateRelativeTimeBylineAndBody() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        long id = site.article(
                planet, "full", "Full article", Duration.ofMinutes(21).plusSeconds(5));
        Instant published = site.db.articles().find(id).orElseThrow().published();

        Document page = site.page("/articles/" + id);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Full article");
        Element outlet = page.selectFirst(".kicker a");
        assertThat(outlet.text()).isEqualTo("Daily Planet");
        assertThat(outlet.attr("href")).isEqualTo("/sources/" + planet.id());
        Element time = page.selectFirst(".article-head time");
        String date = DateTimeFormatter.ofPattern("dd-MM-yyyy").format(published.atZone(ZoneOffset.UTC));
        assertThat(time.text()).isEqualTo(date + " · 21 minutes ago");
        assertThat(Instant.parse(time.attr("datetime")))
                .isEqualTo(published.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(page.select(".byline").text()).isEqualTo("By Ada Writer");
        assertThat(page.select(".body .standfirst").text()).isEqualTo("A short excerpt of Full article.");
        assertThat(page.select(".body p:not(.standfirst)").eachText())
                .containsExactly("The full body of Full article.", "Second paragraph.");
        assertThat(page.select("a[href=https://news.example/full]")).isNotEmpty();
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://news.example/full");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Full article");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://news.example/img/full.jpg");
        assertThat(page.selectFirst("figure.lead img").attr("src")).isEqualTo("https://news.example/img/full.jpg");
        assertThat(page.selectFirst("button[data-share]")).isNotNull();
        assertThat(page.selectFirst("a.permalink").attr("href")).isEqualTo("/articles/" + id);
        assertThat(page.title()).isEqualTo("Full article · Broadsheet");
    }

    @Test
    void excerptPolicyShowsExcerptAndLinkToTheOutletButNotTheBody() throws Exception {
        Source bugle = site.source("Daily Bugle", DisplayPolicy.EXCERPT);
        long id = site.article(bugle, "ex", "Excerpt article", Duration.ofHours(1));

        Document page = site.page("/articles/" + id);

        assertThat(page.text()).contains("A short excerpt of Excerpt article.");
        assertThat(page.text()).doesNotContain("The full body of Excerpt article.");
        Element readOn = page.selectFirst(".read-on a");
        assertThat(readOn.text()).isEqualTo("Read the full article at Daily Bugle");
        assertThat(readOn.attr("href")).isEqualTo("https://news.example/ex");
    }

    @Test
    void unknownOrMalformedArticleIdsAnswerWithTheNotFoundPage() throws Exception {
        for (String path : new String[] {"/articles/424242", "/articles/abc", "/articles/-1", "/no/such/page"}) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/html");
            Document page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(page.select("header.masthead")).as(path).hasSize(1);
        }
    }

    @Test
    void sourcePageShowsOutletDetailsHealthAndItsLatestArticles() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.EXCERPT);
        Source bugle = site.source("Daily Bugle", DisplayPolicy.FULL);
        site.article(planet, "p1", "Planet one", Duration.ofMinutes(3));
        site.article(bugle, "b1", "Bugle one", Duration.ofMinutes(2));
        site.db
                .sources()
                .recordFailure(
                        planet.id(),
                        Instant.now(),
                        "HTTP_503",
                        "The server is busy",
                        Instant.now().plusSeconds(630),
                        "back-off after 1 failure: 10 min");

        Document page = site.page("/sources/" + planet.id());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Daily Planet");
        assertThat(page.select("a[href=https://dailyplanet.example/]")).hasSize(1);
        assertThat(page.select(".facts").text()).contains("GB", "en", "Excerpts");
        assertThat(page.selectFirst(".health .badge").text()).isEqualTo("failing");
        assertThat(page.select(".health").text())
                .contains(
                        "HTTP_503", "The server is busy", "in 10 minutes", "Why then back-off after 1 failure: 10 min");
        assertThat(page.select(".article-card h2").eachText()).containsExactly("Planet one");
        assertThat(site.get("/sources/999").statusCode()).isEqualTo(404);
    }

    @Test
    void newArticlesShowAtOnceBecauseTheCacheFollowsTheContentVersion() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        site.article(planet, "one", "First", Duration.ofMinutes(5));
        assertThat(site.page("/").select(".article-card h3").eachText()).containsExactly("First");

        site.article(planet, "two", "Second", Duration.ofMinutes(1));

        assertThat(site.page("/").select(".article-card h3").eachText()).containsExactly("Second", "First");
    }

    @Test
    void pagesRevalidateWithTheirETagAndAreGzippedWhenAccepted() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        site.article(planet, "one", "First", Duration.ofMinutes(5));

        HttpResponse<String> first = site.get("/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");

        HttpResponse<String> again = site.get("/", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<byte[]> gzipped = site.getBytes("/", "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        byte[] html =
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body())).readAllBytes();
        assertThat(new String(html, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(first.body());
    }

    @Test
    void cachedPagesDeclareTheirLengthPlainAndGzipped() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        site.article(planet, "one", "First", Duration.ofMinutes(5));

        HttpResponse<byte[]> plain = site.getBytes("/", "Accept-Encoding", "identity");
        assertThat(plain.headers().firstValueAsLong("Content-Length")).hasValue(plain.body().length);
        HttpResponse<byte[]> gzipped = site.getBytes("/", "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
    }

    @Test
    void staticAssetsAreCachedForAYearAndTheManifestNamesTheSite() throws Exception {
        Document home = site.page("/");
        String css = home.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/static/site\\.css\\?v=\\w+");

        HttpResponse<String> asset = site.get(css);
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        assertThat(site.get("/static/app.js").statusCode()).isEqualTo(200);
        assertThat(site.get("/static/logo.svg").statusCode()).isEqualTo(200);

        assertThat(home.selectFirst("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
        HttpResponse<String> manifest = site.get("/manifest.webmanifest");
        assertThat(manifest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
        assertThat(manifest.body()).contains("\"name\":\"Broadsheet\"", "image/svg+xml", "theme_color");
    }
}
