package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void figuresDifferOnlyWhenNeitherSideHoldsTheOthers() {
        assertThat(StoryBriefer.figuresDiffer("It burnt 14,000 hectares.", "It burnt 12,000 hectares."))
                .isTrue();
        assertThat(StoryBriefer.figuresDiffer("23 homes and 14,000 ha.", "23 homes were lost."))
                .isFalse();
        assertThat(StoryBriefer.figuresDiffer("Many homes.", "23 homes.")).isFalse();
        assertThat(new StoryBriefer(embedder).brief(List.of()).isEmpty()).isTrue();
    }
}
