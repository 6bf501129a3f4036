package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.demo.AnswerKeyEntry;
import org.broadsheet.demo.DemoCorpus;
import org.broadsheet.search.Related;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Search and related articles on the demo corpus, ingested and enriched by the real pipeline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSearchTest {
    private RunningDemo running;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Long, String> eventOf = new HashMap<>();
    private List<Article> articles;

    @BeforeAll
    void start(@TempDir Path dir) throws InterruptedException {
        running = new RunningDemo(dir);
        Map<String, String> byPath = new HashMap<>();
        for (AnswerKeyEntry e : DemoCorpus.answerKey()) {
            byPath.put(e.path(), e.event());
        }
        articles = running.app.database().articles().list(ArticleQuery.latest(1000));
        articles.forEach(a -> eventOf.put(a.id(), byPath.get(a.url().getPath())));
    }

    @AfterAll
    void stop() {
        running.close();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> r =
                http.send(HttpRequest.newBuilder(running.site(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void everyArticleIsIndexed() {
        assertThat(running.app.searchIndex().count()).isEqualTo(articles.size());
    }

    @Test
    void searchingANameFindsItsCoverageInEveryLanguage() throws Exception {
        Document results = page("/search?q=" + URLEncoder.encode("Ilse", StandardCharsets.UTF_8));
        assertThat(results.select("ol.results li")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(results.select("ol.results .outlet").eachText())
                .contains("Rheinblick", "Le Quotidien du Littoral", "The Liffey Courier");
    }

    @Test
    void searchingByMeaningFindsArticlesWithoutTheWords() throws Exception {
        // No article has all three words; the ECB's rate cut is found by meaning.
        Document results = page("/search?q=" + URLEncoder.encode("interest rate reduction", StandardCharsets.UTF_8));
        assertThat(results.select("ol.results li:has(.badge) h2").eachText())
                .anyMatch(t -> t.contains("ECB") || t.contains("central bank"));
    }

    @Test
    void relatedArticlesMostlyReportTheSameEvent() {
        int shown = 0, same = 0, withSiblings = 0, found = 0;
        for (Article a : articles) {
            List<Related> related = running.app.related().of(a.id());
            int sameHere = (int) related.stream()
                    .filter(r -> eventOf.get(r.id()).equals(eventOf.get(a.id())))
                    .count();
            shown += related.size();
            same += sameHere;
            long siblings = eventOf.values().stream()
                            .filter(eventOf.get(a.id())::equals)
                            .count()
                    - 1;
            if (siblings > 0) {
                withSiblings++;
                found += sameHere > 0 ? 1 : 0;
            }
        }
        assertThat(same / (double) shown).as("precision: %d of %d", same, shown).isGreaterThan(0.8);
        assertThat(found / (double) withSiblings)
                .as("coverage: %d of %d", found, withSiblings)
                .isGreaterThan(0.8);
    }

    @Test
    void anArticlePageListsRelatedCoverageWithReasons() throws Exception {
        Article storm = articles.stream()
                .filter(a -> a.title().startsWith("Red warning for Galway"))
                .findFirst()
                .orElseThrow();
        Document page = page("/articles/" + storm.id());
        assertThat(page.select("section.related li")).isNotEmpty();
        assertThat(page.select("section.related .why").eachText()).allMatch(w -> !w.isBlank());
        assertThat(page.select("section.related h3").text()).containsAnyOf("Ilse", "power");
    }
}
