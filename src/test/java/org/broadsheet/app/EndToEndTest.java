package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.demo.AnswerKeyEntry;
import org.broadsheet.demo.DemoCorpus;
import org.broadsheet.ingest.PollResult;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo corpus through the real pipeline into the real website, checked as a reader's browser would get it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {
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

    private Document get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(running.site(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), running.site(path).toString());
    }

    private List<Article> allArticles() {
        return running.app.database().articles().list(ArticleQuery.latest(1000));
    }

    private Article articleByPath(String path) {
        return allArticles().stream()
                .filter(a -> a.url().getPath().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no article for " + path));
    }

    @Test
    void ingestsEveryDemoArticleExactlyOnceAndEverySourceIsHealthy() {
        List<AnswerKeyEntry> key = DemoCorpus.answerKey();

        assertThat(running.firstPoll).hasSize(DemoCorpus.outlets().size());
        assertThat(running.firstPoll).allMatch(r -> r instanceof PollResult.Read);
        assertThat(allArticles()).hasSize(key.size());
        assertThat(allArticles())
                .extracting(a -> a.url().getPath())
                .containsExactlyInAnyOrderElementsOf(
                        key.stream().map(AnswerKeyEntry::path).toList());
        assertThat(running.app.database().sources().all())
                .allSatisfy(s -> assertThat(s.health().lastErrorCode()).isNull());
    }

    @Test
    void noDemoArticleIsFlaggedForTheSubscriptionOffersBesideIt() throws Exception {
        // Liffey Courier's pages carry a "Subscribe from \u20ac1" box (div.paywall-note) beside complete articles, and
        // several of them are shorter than 250 words: an offer is not a paywall. No demo page is cut short.
        assertThat(allArticles())
                .allSatisfy(a ->
                        assertThat(a.contentFlag()).as("%s", a.url().getPath()).isNull());
        Article liffey = allArticles().stream()
                .filter(a -> a.url().getPath().startsWith("/liffey-courier/"))
                .findFirst()
                .orElseThrow();
        assertThat(get("/articles/" + liffey.id()).text()).doesNotContain("for the outlet's subscribers");
    }

    @Test
    void headlinesInAnotherLanguageThanThePageCarryTheirOwnLang() throws Exception {
        Document latest = get("/latest");
        assertThat(latest.select(".article-card h2[lang=de]")).isNotEmpty();
        assertThat(latest.select(".article-card h2[lang=fr]")).isNotEmpty();
        assertThat(get("/").select(".article-card h3[lang=de], .other-coverage a[lang=de]"))
                .isNotEmpty();
    }

    @Test
    void aSecondPollFindsNothingNew() throws InterruptedException {
        long before = running.app.database().articles().count();
        List<PollResult> again = running.app.scheduler().pollAllOnce();

        assertThat(again).allMatch(r -> switch (r) {
            case PollResult.Read read -> read.inserted() == 0;
            case PollResult.NotModified notModified -> true;
            case PollResult.Failed failed -> false;
        });
        assertThat(running.app.database().articles().count()).isEqualTo(before);
    }

    @Test
    void extractsBodiesWithoutPageChrome() {
        for (Article a : allArticles()) {
            assertThat(a.wordCount()).as(a.url().toString()).isGreaterThan(100);
            assertThat(a.text())
                    .as(a.url().toString())
                    .doesNotContainIgnoringCase("newsletter")
                    .contains("\n\n");
            assertThat(a.published()).as(a.url().toString()).isNotNull();
        }
    }

    @Test
    void theMissingPageFallsBackToTheFeedsContent() {
        AnswerKeyEntry missing = DemoCorpus.answerKey().stream()
                .filter(AnswerKeyEntry::pageMissing)
                .findFirst()
                .orElseThrow();
        Article article = articleByPath(missing.path());

        assertThat(article.title()).isEqualTo(missing.title());
        assertThat(article.wordCount()).isGreaterThan(100);
    }

    @Test
    void latestPageListsTheNewestArticlesWithTheirOutlets() throws Exception {
        Document home = get("/latest");
        Map<Long, Source> sources = running.app.database().sources().all().stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        Article newest = allArticles().get(0);

        String text = home.body().text();
        assertThat(text)
                .contains(newest.title())
                .contains(sources.get(newest.sourceId()).name());
        assertThat(text).containsPattern("\\d+ minutes? ago");
        assertThat(home.select("a[href=/articles/" + newest.id() + "]")).isNotEmpty();
    }

    @Test
    void articlePageShowsTitleOutletDateAndBody() throws Exception {
        Article article = allArticles().get(0);
        Source source = running.app.database().sources().expect(article.sourceId());
        Document page = get("/articles/" + article.id());

        assertThat(page.select("h1").text()).isEqualTo(article.title());
        assertThat(page.body().text())
                .contains(source.name())
                .containsPattern("\\d{2}-\\d{2}-\\d{4}")
                .containsPattern("(minutes?|hours?) ago");
        String lastParagraph = article.text().substring(article.text().lastIndexOf("\n\n") + 2);
        if (source.display().name().equals("FULL")) {
            assertThat(page.body().text())
                    .contains(lastParagraph.replaceAll("\\s+", " ").strip());
            // The summary (standfirst) is shown once: above the body, or as the body's opening.
            String standfirst = article.excerpt().replace("…", "").strip();
            String text = page.select("article").text();
            assertThat(text.indexOf(standfirst)).isNotNegative();
            assertThat(text.indexOf(standfirst)).isEqualTo(text.lastIndexOf(standfirst));
        }
        assertThat(page.select("a[href=" + article.url() + "]")).isNotEmpty();
    }

    @Test
    void excerptOutletsShowAnExcerptAndALinkNotTheBody() throws Exception {
        Source excerptOutlet = running.app.database().sources().all().stream()
                .filter(s -> s.display().name().equals("EXCERPT"))
                .findFirst()
                .orElseThrow();
        Article article = running.app
                .database()
                .articles()
                .list(ArticleQuery.latest(1).fromSource(excerptOutlet.id()))
                .get(0);
        Document page = get("/articles/" + article.id());

        String lastParagraph = article.text().substring(article.text().lastIndexOf("\n\n") + 2);
        assertThat(page.body().text()).doesNotContain(lastParagraph).contains("Read the full article at");
        assertThat(page.select("a[href=" + article.url() + "]")).isNotEmpty();
    }

    @Test
    void unknownArticleIsAProperNotFoundPage() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(
                                URI.create(running.site("/articles/999999").toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).title()).isNotBlank();
    }
}
