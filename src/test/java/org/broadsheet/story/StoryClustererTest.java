package org.broadsheet.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Clustering on small fixtures without embeddings: terms, names and numbers alone decide. */
class StoryClustererTest {
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    private final AtomicInteger keys = new AtomicInteger();
    private final StoryClusterer clusterer =
            new StoryClusterer(ClusterSettings.defaults(), () -> "s" + keys.incrementAndGet());

    private static ClusterArticle article(String id, String title, String text, int hours, @Nullable String language) {
        return new ClusterArticle(id, title, text, T0.plus(Duration.ofHours(hours)), "outlet", language, new float[0]);
    }

    private String add(String id, String title, String text, int hours, String language) {
        return clusterer.add(article(id, title, text, hours, language));
    }

    @Test
    void reportsOfOneEventJoinOneStoryAndAnotherEventStartsItsOwn() {
        String a = add(
                "a",
                "Vantora recalls 1.2 million e-bike batteries after 40 fires",
                "Vantora is recalling 1.2 million batteries sold since 2023 after 40 fires in Germany and Austria.",
                0,
                "en");
        String b = add(
                "b",
                "Vantora battery recall: what owners should do",
                "Owners of Vantora e-bikes should stop charging the batteries, the company said after 40 fires.",
                2,
                "en");
        String c = add(
                "c",
                "Harbour ferry timetable changes in Sydney from Monday",
                "Transport for NSW will run fewer Manly ferries at night from Monday, a new timetable shows.",
                3,
                "en");
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void aGermanReportSharingNamesAndNumbersJoinsTheEnglishStory() {
        String en = add(
                "en",
                "Vantora recalls 1.2 million e-bike batteries after 40 fires",
                "Vantora is recalling 1.2 million batteries after 40 fires. Regulators in Austria told owners to stop.",
                0,
                "en");
        add(
                "en2",
                "Vantora battery recall widens to Austria",
                "Vantora said the recall of 1.2 million batteries now covers Austria after 40 fires.",
                1,
                "en");
        String de = add(
                "de",
                "Vantora ruft 1,2 Millionen E-Bike-Akkus zurück",
                "Vantora ruft nach 40 Bränden 1,2 Millionen Akkus zurück. Auch Österreich ist betroffen.",
                2,
                "de");
        assertThat(de).isEqualTo(en);
    }

    @Test
    void anArticleAfterTheWindowStartsANewStory() {
        String first =
                add("a", "Storm Ilse hits Galway", "Storm Ilse brought gusts of 140 km/h to Galway and Mayo.", 0, "en");
        String late = add(
                "b",
                "Storm Ilse hits Galway",
                "Storm Ilse brought gusts of 140 km/h to Galway and Mayo.",
                24 * 4,
                "en");
        assertThat(late).isNotEqualTo(first);
    }

    @Test
    void aSyndicatedCopyJoinsItsOriginalsStory() {
        String wire = "The central bank cut its deposit rate by a quarter point to 1.75 percent on Thursday, its third"
                + " cut this year, and said inflation was on track to reach its target by the spring.";
        String first = add("wire", "Central bank cuts rates again", wire, 0, "en");
        add(
                "other",
                "Local club signs striker",
                "The club signed a striker from Porto for an undisclosed fee.",
                1,
                "en");
        String copy = add("copy", "Rates cut for third time", wire + " Markets barely moved.", 2, "en");
        assertThat(copy).isEqualTo(first);
    }

    @Test
    void maintainSplitsOffAMemberThatDoesNotMatchTheRest() {
        String text = "Vantora recalls 1.2 million e-bike batteries after 40 fires in Austria.";
        clusterer.restore(article("a", "Vantora battery recall", text, 0, "en"), "s100");
        clusterer.restore(
                article("b", "Vantora recall widens", text + " Owners should stop charging.", 1, "en"), "s100");
        clusterer.restore(
                article("c", "Sydney ferry timetable", "Manly ferries run less often at night from Monday.", 2, "en"),
                "s100");
        StoryClusterer.Changes changes = clusterer.maintain(T0.plusSeconds(3 * 3600));
        assertThat(changes.moves()).extracting(StoryClusterer.Move::articleId).containsExactly("c");
        assertThat(clusterer.storyOf("c")).isNotEqualTo("s100");
        assertThat(clusterer.storyOf("a")).isEqualTo("s100");
    }

    @Test
    void maintainMergesStoriesThatConverged() {
        String text = "Vantora recalls 1.2 million e-bike batteries after 40 fires in Austria and Germany.";
        clusterer.restore(article("a", "Vantora battery recall", text, 0, "en"), "s1");
        clusterer.restore(article("b", "Vantora battery recall", text + " Stop charging.", 1, "en"), "s2");
        StoryClusterer.Changes changes = clusterer.maintain(T0.plusSeconds(2 * 3600));
        assertThat(changes.mergedInto()).hasSize(1);
        assertThat(clusterer.storyOf("a")).isEqualTo(clusterer.storyOf("b"));
    }

    @Test
    void theRepresentativeIsInTheStorysMostCommonLanguage() {
        String s =
                add("en1", "Vantora recalls 40,000 batteries", "Vantora recalls 40,000 batteries in Austria.", 0, "en");
        add("de", "Vantora ruft 40.000 Akkus zurück", "Vantora ruft 40.000 Akkus in Österreich zurück.", 1, "de");
        add(
                "en2",
                "Vantora battery recall: 40,000 affected",
                "Vantora says 40,000 batteries in Austria are affected.",
                2,
                "en");
        assertThat(clusterer.storyOf("de")).isEqualTo(s);
        assertThat(clusterer.representative(s)).startsWith("en");
    }

    @Test
    void refusesAnArticleTwice() {
        add("a", "Title", "Text of the article.", 0, "en");
        assertThatThrownBy(() -> add("a", "Title", "Text of the article.", 1, "en"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
