package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedArticlesTest {
    @TempDir
    static Path dir;

    static SearchCorpus corpus;
    static RelatedArticles related;

    static final String RECALL = "Vantora recalls 1.2 million e-bike batteries after dozens of fires";
    static final String RECALL_TEXT = "Vantora, the e-bike maker, said on Tuesday it would recall 1.2 million batteries"
            + " sold since 2023 after reports of dozens of fires in garages and flats. Owners should stop charging them.";

    @BeforeAll
    static void index() {
        corpus = new SearchCorpus(dir);
        corpus.add(1, 1, "Lakeside Tribune", "US", "en", 0, RECALL, RECALL_TEXT);
        // A syndicated copy of the same wire story at another outlet: a near-copy, never "related".
        corpus.add(2, 2, "Wire Daily", "US", "en", 1, RECALL, RECALL_TEXT);
        // Three more Vantora stories from one outlet: at most two of them may be shown.
        corpus.add(
                3,
                3,
                "Harbour Gazette",
                "GB",
                "en",
                3,
                "UK shops pull Vantora e-bikes from sale as fire recall widens",
                "Retailers removed Vantora e-bikes from shelves after the battery recall. Vantora said refunds would follow.");
        corpus.add(
                4,
                3,
                "Harbour Gazette",
                "GB",
                "en",
                4,
                "Vantora battery fires: what owners need to know",
                "If you own a Vantora e-bike, check the battery serial number. The recall covers batteries made since 2023.");
        corpus.add(
                5,
                3,
                "Harbour Gazette",
                "GB",
                "en",
                5,
                "Insurers warn over e-bike battery fires after Vantora recall",
                "Insurers said claims for fires caused by e-bike batteries had doubled. Vantora's recall is the largest yet.");
        corpus.add(
                6,
                4,
                "Southern Cross Daily",
                "AU",
                "en",
                6,
                "Australian Vantora e-bike owners told to stop charging batteries",
                "The consumer watchdog told Australian owners of Vantora e-bikes to stop charging their batteries at once.");
        corpus.add(
                7,
                5,
                "Rheinblick",
                "DE",
                "de",
                7,
                "Brandgefahr: Vantora ruft E-Bike-Akkus zurück",
                "Der Hersteller Vantora ruft weltweit 1,2 Millionen Akkus zurück, auch in Deutschland.");
        // Unrelated news.
        corpus.add(
                8,
                4,
                "Southern Cross Daily",
                "AU",
                "en",
                2,
                "New Sydney ferry timetable adds late services",
                "Commuters get later ferries on weekdays under the new timetable, but some peak runs are cut.");
        corpus.add(
                9,
                6,
                "Quotidien",
                "FR",
                "fr",
                2,
                "Grande marée : les pêcheurs à pied attendus en nombre",
                "Les règles de la pêche à pied restent en vigueur pendant la grande marée du week-end.");
        corpus.index.commit();
        related = new RelatedArticles(corpus.index);
    }

    @AfterAll
    static void close() {
        corpus.close();
    }

    @Test
    void findsCoverageOfTheSameEventAcrossOutletsAndLanguages() {
        List<Long> ids = related.of(1).stream().map(Related::id).toList();
        assertThat(ids).contains(6L, 7L).doesNotContain(8L, 9L);
        assertThat(ids).hasSizeLessThanOrEqualTo(RelatedArticles.LIMIT);
    }

    @Test
    void leavesOutNearCopiesOfTheArticle() {
        assertThat(related.of(1)).extracting(Related::id).doesNotContain(1L, 2L);
    }

    @Test
    void showsAtMostTwoFromOneOutlet() {
        Map<Long, Long> perOutlet =
                related.of(1).stream().collect(Collectors.groupingBy(Related::sourceId, Collectors.counting()));
        assertThat(perOutlet.getOrDefault(3L, 0L)).isEqualTo(2L);
        assertThat(perOutlet.values()).allMatch(n -> n <= 2);
    }

    @Test
    void saysWhyEachIsRelatedAndShowsOnlyAShortExcerpt() {
        Map<Long, Related> byId = related.of(1).stream().collect(Collectors.toMap(Related::id, Function.identity()));
        assertThat(byId.get(7L).why()).contains("Vantora");
        assertThat(byId.values()).allSatisfy(r -> {
            assertThat(r.why()).isNotBlank();
            assertThat(r.excerpt().length()).isLessThanOrEqualTo(181);
        });
    }

    @Test
    void anUnrelatedArticleGetsNoPaddingFromUnrelatedNews() {
        List<Long> ids = related.of(9).stream().map(Related::id).toList();
        assertThat(ids).doesNotContain(1L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void anArticleNotIndexedHasNoRelatedArticles() {
        assertThat(related.of(999)).isEmpty();
    }
}
