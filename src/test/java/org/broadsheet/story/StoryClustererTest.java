package org.broadsheet.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Clustering on small fixtures without embeddings: terms, names and numbers alone decide. */
class StoryClustererTest {
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    private final AtomicLong keys = new AtomicLong();
    private final StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults(), keys::incrementAndGet);

    private static ClusterArticle article(long id, String title, String text, int hours, @Nullable String language) {
        return new ClusterArticle(id, title, text, T0.plus(Duration.ofHours(hours)), "outlet", language, new float[0]);
    }

    private long add(long id, String title, String text, int hours, String language) {
        return clusterer.add(article(id, title, text, hours, language));
    }

    @Test
    void reportsOfOneEventJoinOneStoryAndAnotherEventStartsItsOwn() {
        long a = add(
                1,
                "Vantora recalls 1.2 million e-bike batteries after 40 fires",
                "Vantora is recalling 1.2 million batteries sold since 2023 after 40 fires in Germany and Austria.",
                0,
                "en");
        long b = add(
                2,
                "Vantora battery recall: what owners should do",
                "Owners of Vantora e-bikes should stop charging the batteries, the company said after 40 fires.",
                2,
                "en");
        long c = add(
                3,
                "Harbour ferry timetable changes in Sydney from Monday",
                "Transport for NSW will run fewer Manly ferries at night from Monday, a new timetable shows.",
                3,
                "en");
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void aGermanReportSharingNamesAndNumbersJoinsTheEnglishStory() {
        long en = add(
                1,
                "Vantora recalls 1.2 million e-bike batteries after 40 fires",
                "Vantora is recalling 1.2 million batteries after 40 fires. Regulators in Austria told owners to stop.",
                0,
                "en");
        add(
                2,
                "Vantora battery recall widens to Austria",
                "Vantora said the recall of 1.2 million batteries now covers Austria after 40 fires.",
                1,
                "en");
        long de = add(
                3,
                "Vantora ruft 1,2 Millionen E-Bike-Akkus zurück",
                "Vantora ruft nach 40 Bränden 1,2 Millionen Akkus zurück. Auch Österreich ist betroffen.",
                2,
                "de");
        assertThat(de).isEqualTo(en);
    }

    @Test
    void anArticleAfterTheWindowStartsANewStory() {
        long first =
                add(1, "Storm Ilse hits Galway", "Storm Ilse brought gusts of 140 km/h to Galway and Mayo.", 0, "en");
        long late = add(
                2, "Storm Ilse hits Galway", "Storm Ilse brought gusts of 140 km/h to Galway and Mayo.", 24 * 4, "en");
        assertThat(late).isNotEqualTo(first);
    }

    @Test
    void aSyndicatedCopyJoinsItsOriginalsStory() {
        String wire = "The central bank cut its deposit rate by a quarter point to 1.75 percent on Thursday, its third"
                + " cut this year, and said inflation was on track to reach its target by the spring.";
        long first = add(1, "Central bank cuts rates again", wire, 0, "en");
        add(2, "Local club signs striker", "The club signed a striker from Porto for an undisclosed fee.", 1, "en");
        long copy = add(3, "Rates cut for third time", wire + " Markets barely moved.", 2, "en");
        assertThat(copy).isEqualTo(first);
    }

    @Test
    void maintainSplitsOffAMemberThatDoesNotMatchTheRest() {
        String text = "Vantora recalls 1.2 million e-bike batteries after 40 fires in Austria.";
        clusterer.restore(article(1, "Vantora battery recall", text, 0, "en"), 100);
        clusterer.restore(article(2, "Vantora recall widens", text + " Owners should stop charging.", 1, "en"), 100);
        clusterer.restore(
                article(3, "Sydney ferry timetable", "Manly ferries run less often at night from Monday.", 2, "en"),
                100);
        StoryClusterer.Changes changes = clusterer.maintain(T0.plusSeconds(3 * 3600));
        assertThat(changes.moves()).extracting(StoryClusterer.Move::articleId).containsExactly(3L);
        assertThat(clusterer.storyOf(3)).isNotEqualTo(100L);
        assertThat(clusterer.storyOf(1)).isEqualTo(100L);
    }

    @Test
    void maintainMergesStoriesThatConverged() {
        String text = "Vantora recalls 1.2 million e-bike batteries after 40 fires in Austria and Germany.";
        clusterer.restore(article(1, "Vantora battery recall", text, 0, "en"), 101);
        clusterer.restore(article(2, "Vantora battery recall", text + " Stop charging.", 1, "en"), 102);
        StoryClusterer.Changes changes = clusterer.maintain(T0.plusSeconds(2 * 3600));
        assertThat(changes.mergedInto()).hasSize(1);
        assertThat(clusterer.storyOf(1)).isEqualTo(clusterer.storyOf(2));
    }

    @Test
    void theRepresentativeIsInTheStorysMostCommonLanguage() {
        long s = add(1, "Vantora recalls 40,000 batteries", "Vantora recalls 40,000 batteries in Austria.", 0, "en");
        add(2, "Vantora ruft 40.000 Akkus zurück", "Vantora ruft 40.000 Akkus in Österreich zurück.", 1, "de");
        add(
                3,
                "Vantora battery recall: 40,000 affected",
                "Vantora says 40,000 batteries in Austria are affected.",
                2,
                "en");
        assertThat(clusterer.storyOf(2)).isEqualTo(s);
        assertThat(clusterer.representative(s)).isIn(1L, 3L);
    }

    @Test
    void refusesAnArticleTwice() {
        add(1, "Title", "Text of the article.", 0, "en");
        assertThatThrownBy(() -> add(1, "Title", "Text of the article.", 1, "en"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportInAnotherLanguageSharingRareNamesAndNumbersJoinsWithoutSharedWords() {
        long en = add(
                1,
                "ECB cuts its deposit rate to 1.75% as inflation cools",
                "The European Central Bank cut its deposit rate to 1.75% in Frankfurt on Thursday, Christine Lagarde"
                        + " said, the fourth cut since June as inflation in the euro area fell to 2.1%.",
                0,
                "en");
        add(
                2,
                "Harbour ferry timetable changes in Sydney from Monday",
                "Transport for NSW will run fewer Manly ferries at night from Monday, a new timetable shows.",
                1,
                "en");
        // No word in common but the names and numbers: "EZB" is the ECB in German, "Frankfurt", "Lagarde", 1,75.
        long de = add(
                3,
                "EZB senkt Einlagenzins auf 1,75 Prozent",
                "Die Europäische Zentralbank hat in Frankfurt den Einlagenzins auf 1,75 Prozent gesenkt, wie"
                        + " Christine Lagarde mitteilte. Die Inflation im Euroraum sank auf 2,1 Prozent.",
                2,
                "de");
        assertThat(de).isEqualTo(en);
    }

    @Test
    void aReportInAnotherLanguageSharingOnlyCommonWordsStartsItsOwnStory() {
        long en = add(
                1,
                "Storm Ilse brings 140 km/h gusts to Galway",
                "Storm Ilse brought gusts of 140 km/h to Galway and Mayo, Met Eireann said.",
                0,
                "en");
        long de = add(
                2,
                "Sturm Vino trifft Cantabria mit Böen bis 134 km/h",
                "Rund 142.000 Haushalte in Cantabria und Friesland waren ohne Strom, sagte Tomas Keller.",
                1,
                "de");
        assertThat(de).isNotEqualTo(en);
    }

    @Test
    void anArticleWithoutADateMayJoinAStoryOlderThanTheWindow() {
        long first =
                add(1, "Storm Ilse hits Galway", "Storm Ilse brought gusts of 140 km/h to Galway and Mayo.", 0, "en");
        add(2, "Harbour ferry timetable changes", "Transport for NSW will run fewer Manly ferries.", 24 * 4, "en");
        long undated = clusterer.add(new ClusterArticle(
                3,
                "Storm Ilse: Galway counts the cost",
                "Storm Ilse brought gusts of 140 km/h to Galway and Mayo; Galway counts the cost.",
                null,
                "outlet",
                "en",
                new float[0]));
        assertThat(undated).isEqualTo(first);
    }
}
