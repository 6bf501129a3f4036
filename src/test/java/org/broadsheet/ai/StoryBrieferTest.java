package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.broadsheet.store.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryBrieferTest {
    private static Embedder embedder;

    @BeforeAll
    static void load() {
        embedder = Embedder.load();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void citesTheOutletsBehindEachPointAndSetsDifferingFiguresSideBySide() {
        List<Coverage> coverage = List.of(
                new Coverage("Southern Cross Daily", "Yarrandale counts the cost", """
                        Twenty-three homes have been destroyed by the bushfire that swept towards Yarrandale on \
                        Wednesday, but the town centre was spared.

                        The fire has now burnt about 14,000 hectares and is contained but not controlled.

                        The Premier announced emergency grants of up to $1,000 per adult for affected residents."""),
                new Coverage("The Liffey Courier", "Irish volunteers join the fight", """
                        Twenty-three homes were destroyed in the Yarrandale bushfire in Victoria, but nobody was \
                        killed.

                        The fire has burnt through about 12,000 hectares of forest and farmland.

                        An Irish volunteer spent eleven hours on a containment line as the fire approached."""),
                new Coverage("The Harbour Gazette", "Britons shelter from Australian bushfire", """
                        The Yarrandale bushfire destroyed twenty-three homes in Victoria, and British backpackers \
                        were among hundreds who sheltered in the town.

                        Several British travellers spent the night at a relief centre in Wangaratta."""));
        Briefing briefing = new StoryBriefer(embedder).brief(coverage);

        assertThat(briefing.isEmpty()).isFalse();
        assertThat(briefing.keyPoints()).hasSizeLessThanOrEqualTo(5);
        Briefing.Point top = briefing.keyPoints().getFirst();
        assertThat(top.text()).containsIgnoringCase("homes");
        assertThat(top.outlets()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(briefing.summary()).isEqualTo(top.text());
        assertThat(briefing.differences())
                .anySatisfy(d -> assertThat(d.accounts())
                        .extracting(Briefing.Account::sentence)
                        .anySatisfy(s -> assertThat(s).contains("14,000"))
                        .anySatisfy(s -> assertThat(s).contains("12,000")));
    }

    @Test
    void figuresDifferOnlyForTheSameQuantityWhenNeitherSideHoldsTheOthers() {
        assertThat(Figures.contradict("It burnt 14,000 hectares.", "It burnt 12,000 hectares of forest."))
                .isTrue();
        assertThat(Figures.contradict("At least 12 people were killed.", "The blast killed 15 people, police said."))
                .isTrue();
        assertThat(Figures.contradict("23 homes and 14,000 ha.", "23 homes were lost."))
                .isFalse();
        assertThat(Figures.contradict("Many homes.", "23 homes.")).isFalse();
        assertThat(new StoryBriefer(embedder).brief(List.of()).isEmpty()).isTrue();
    }

    @Test
    void figuresForAnotherUnitOrScopeAreNotAContradiction() {
        assertThat(Figures.contradict(
                        "The console has sold 1.2 million worldwide since its launch.",
                        "The console has had 60,000 sold in the UK since its launch."))
                .isFalse();
        assertThat(Figures.contradict(
                        "The game sold 1.2 million copies worldwide in its first week.",
                        "The game sold 60,000 copies in the UK in its first week."))
                .isFalse();
        assertThat(Figures.contradict("In 2019 the museum reopened.", "In 2020 the museum reopened."))
                .isFalse();
        assertThat(Figures.contradict("Sales rose 4% in March.", "Sales rose 6 per cent in March."))
                .isTrue();
    }

    @Test
    void noSentenceIsShownTwiceAmongTheDifferences() {
        String base = "The storm cut power to %s homes across the county on Tuesday night, the utility said.";
        List<Coverage> coverage = List.of(
                new Coverage("Courier", "Storm cuts power", base.formatted("12,000")),
                new Coverage("Gazette", "Thousands without power", base.formatted("15,000")),
                new Coverage("Herald", "Storm damage", base.formatted("18,000")));
        Briefing briefing = new StoryBriefer(embedder).brief(coverage);
        List<String> quoted = briefing.differences().stream()
                .flatMap(d -> d.accounts().stream())
                .map(Briefing.Account::sentence)
                .toList();
        assertThat(quoted).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void theBriefingIsInTheReadersLanguageOrNamesItsOwn() {
        Coverage english = coverage(
                "Courier",
                "en",
                "Thieves stole three paintings from the Lyon museum of fine arts"
                        + " on Sunday night, police said on Monday morning.");
        Coverage french = coverage(
                "Le Progrès",
                "fr",
                "Des voleurs ont dérobé trois tableaux au musée des"
                        + " beaux-arts de Lyon dans la nuit de dimanche à lundi.");
        Coverage german = coverage(
                "Tagesblatt",
                "de",
                "Diebe haben in der Nacht zum Montag drei Gemälde aus dem"
                        + " Lyoner Museum der schönen Künste gestohlen.");
        Briefing mixed = new StoryBriefer(embedder).brief(List.of(french, german, english));
        assertThat(mixed.language()).isEqualTo("en");
        assertThat(mixed.summary()).startsWith("Thieves stole three paintings");
        assertThat(mixed.keyPoints()).allSatisfy(p -> assertThat(p.text()).doesNotContain("voleurs", "Diebe"));

        Briefing foreign = new StoryBriefer(embedder).brief(List.of(german, french, french));
        assertThat(foreign.language()).isEqualTo("fr");
        assertThat(foreign.keyPoints()).allSatisfy(p -> assertThat(p.text()).doesNotContain("Diebe"));
    }

    private static Coverage coverage(String outlet, String language, String text) {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        Article article = new Article(
                outlet.length(),
                outlet.length(),
                URI.create("https://example.org/" + language),
                null,
                language,
                "Lyon",
                null,
                t,
                null,
                t,
                language,
                text,
                "<p>" + text + "</p>",
                text,
                null,
                20,
                language,
                null);
        return new Coverage(outlet, "Lyon", text, article);
    }
}
