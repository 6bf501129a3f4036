package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
    @TempDir
    static Path dir;

    static SearchCorpus corpus;
    static Search search;

    @BeforeAll
    static void index() {
        corpus = new SearchCorpus(dir);
        corpus.add(
                1,
                10,
                "Harbour Gazette",
                "GB",
                "en",
                0,
                "Truce negotiations resume between the warring parties",
                "Mediators brought both delegations back to the table in Geneva on Monday, hoping to agree a pause in the fighting.");
        corpus.add(
                2,
                11,
                "Lakeside Tribune",
                "US",
                "en",
                5,
                "Storm Ilse closes ferry routes along the coast",
                "Ferries were cancelled and trees fell as Storm Ilse brought winds of 120 km/h to the coast.");
        corpus.add(
                3,
                10,
                "Harbour Gazette",
                "GB",
                "en",
                10,
                "Council approves new cycle lanes",
                "The plan follows a storm of protest from shop owners, who feared losing parking spaces.");
        corpus.add(
                4,
                12,
                "Rheinblick",
                "DE",
                "de",
                15,
                "Sturmtief Ilse legt den Bahnverkehr lahm",
                "Wegen umgestürzter Bäume stellte die Bahn den Verkehr auf mehreren Strecken ein. Streiks sind nicht geplant.");
        corpus.add(
                5,
                13,
                "Quotidien",
                "FR",
                "fr",
                20,
                "La tempête Ilse prive 60 000 foyers d'électricité",
                "Les coupures touchent surtout la Bretagne, où les vents ont dépassé 130 km/h.");
        corpus.add(
                6,
                11,
                "Lakeside Tribune",
                "US",
                "en",
                25,
                "Central bank cuts interest rates by a quarter point",
                "The rate cut was widely expected. Markets barely moved after the central bank announced the cut.");
        corpus.add(7, 14, "Tokyo Shimbun", "JP", "ja", 30, "東京で大雨警報", "東京都内で大雨警報が発表されました。交通機関に影響が出ています。");
        corpus.index.commit();
        search = corpus.search();
    }

    @AfterAll
    static void close() {
        corpus.close();
    }

    private static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    private static SearchResults run(String q) {
        return search.search(SearchRequest.of(q, 20));
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheBodyAndIsMarked() {
        SearchResults r = run("storm");
        assertThat(ids(r)).contains(2L, 3L);
        assertThat(ids(r).indexOf(2L)).isLessThan(ids(r).indexOf(3L));
        SearchHit top = r.hits().getFirst();
        assertThat(top.titleHtml()).contains("<mark>Storm</mark>");
    }

    @Test
    void englishStemmingMatchesOtherFormsOfAWord() {
        assertThat(ids(run("negotiating"))).contains(1L);
        assertThat(ids(run("ferry"))).contains(2L);
    }

    @Test
    void germanFrenchAndJapaneseTextsAreAnalysedInTheirOwnLanguage() {
        assertThat(ids(run("Bäume"))).contains(4L);
        assertThat(ids(run("coupure"))).contains(5L);
        assertThat(ids(run("大雨"))).contains(7L);
    }

    @Test
    void aPhraseMatchesOnlyTheWordsInThatOrder() {
        assertThat(ids(run("\"rate cut\""))).contains(6L);
        assertThat(ids(run("\"cut rate\""))).doesNotContain(6L);
    }

    @Test
    void ceasefireTalksFindsTruceNegotiationsByMeaning() {
        SearchResults r = run("ceasefire talks");
        assertThat(ids(r)).first().isEqualTo(1L);
        assertThat(r.hits().getFirst().semantic()).isTrue();
        assertThat(ids(r)).doesNotContain(6L, 7L);
    }

    @Test
    void aQueryAboutNothingIndexedFindsNothing() {
        assertThat(ids(run("volcano eruption lava"))).isEmpty();
    }

    @Test
    void filtersBySourceLanguageCountryAndDate() {
        SearchRequest base = SearchRequest.of("Ilse", 20);
        assertThat(ids(search.search(with(base, 12L, null, null, null, null)))).containsExactly(4L);
        assertThat(ids(search.search(with(base, null, "fr", null, null, null)))).containsExactly(5L);
        assertThat(ids(search.search(with(base, null, null, "us", null, null)))).containsExactly(2L);
        assertThat(ids(search.search(with(base, null, null, null, SearchCorpus.T0.plusSeconds(3600 * 12), null))))
                .containsExactlyInAnyOrder(4L, 5L);
        assertThat(ids(search.search(with(base, null, null, null, null, SearchCorpus.T0.plusSeconds(3600 * 12)))))
                .doesNotContain(4L, 5L);
    }

    private static SearchRequest with(
            SearchRequest r,
            Long source,
            String language,
            String country,
            java.time.Instant from,
            java.time.Instant to) {
        return new SearchRequest(r.query(), source, language, country, from, to, r.sort(), r.page(), r.pageSize());
    }

    @Test
    void sortsByNewestWhenAsked() {
        SearchRequest r = new SearchRequest("Ilse", null, null, null, null, null, SearchRequest.Sort.NEWEST, 1, 20);
        List<Long> found = ids(search.search(r));
        assertThat(found).startsWith(5L, 4L);
    }

    @Test
    void pagesDoNotRepeatOrSkip() {
        Set<Long> seen = new HashSet<>();
        int page = 1;
        long total = -1;
        while (true) {
            SearchResults r = search.search(new SearchRequest(
                    "Ilse OR storm", null, null, null, null, null, SearchRequest.Sort.RELEVANCE, page, 2));
            total = r.total();
            for (SearchHit h : r.hits()) {
                assertThat(seen.add(h.id()))
                        .as("article %d repeated on page %d", h.id(), page)
                        .isTrue();
            }
            if (!r.hasMore()) {
                break;
            }
            page++;
        }
        assertThat(seen).contains(2L, 3L, 4L, 5L);
        assertThat(page).isGreaterThan(1);
        assertThat((long) seen.size()).isLessThanOrEqualTo(total);
    }

    @Test
    void malformedQueriesAreRefusedWithAReadableReason() {
        for (String q :
                List.of("\"unclosed phrase", "(storm", "AND", "storm AND", "*orm", "", "   ", "x".repeat(501))) {
            assertThatThrownBy(() -> run(q))
                    .as(q)
                    .isInstanceOf(BadQueryException.class)
                    .hasMessageNotContaining("Exception");
        }
    }

    @Test
    void aFuzzyWordAllowingMoreChangesThanHalfItsLengthIsRefusedWithTheReason() {
        for (String q : List.of("a~", "ab~2", "abc~2", "abc~0.3", "abc~", "h~1")) {
            assertThatThrownBy(() -> run(q))
                    .as(q)
                    .isInstanceOf(BadQueryException.class)
                    .hasMessageContaining("at most one change for every two letters");
        }
        assertThat(ids(run("stor~1"))).contains(2L);
        assertThat(ids(run("storn~2"))).contains(2L);
        assertThat(ids(run("ab~1"))).isNotNull();
    }

    @Test
    void puttingAnArticleAgainReplacesIt() {
        long before = corpus.index.count();
        corpus.add(
                2,
                11,
                "Lakeside Tribune",
                "US",
                "en",
                5,
                "Storm Ilse closes ferry routes along the coast",
                "Updated: ferries run again.");
        corpus.index.commit();
        assertThat(corpus.index.count()).isEqualTo(before);
        assertThat(corpus.index.versions()).hasSize((int) before);
        assertThat(ids(run("\"ferries run again\""))).containsExactly(2L);
    }

    @Test
    void snippetsAreEscapedHtml() {
        corpus.add(
                9,
                11,
                "Lakeside Tribune",
                "US",
                "en",
                40,
                "Markup <b>test</b> headline",
                "A body with <script>alert(1)</script> and the word zebra.");
        corpus.index.commit();
        SearchHit hit = run("zebra").hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>zebra</mark>").doesNotContain("<script>");
        assertThat(hit.titleHtml()).contains("&lt;b&gt;");
    }
}
