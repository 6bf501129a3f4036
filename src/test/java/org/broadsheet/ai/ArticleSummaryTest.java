package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSummaryTest {
    @Test
    void pointsThatOnlyRepeatTheOpeningAreLeftOutAndTheTldrStays() {
        Summary shortPiece = new Summary(
                "The library reopens on Monday.",
                List.of("The library reopens on Monday.", "It closed in May for repairs.", "Entry stays free."),
                List.of(0, 1, 2),
                List.of(0),
                List.of(),
                List.of());
        ArticleSummary shown = ArticleSummary.extractive(shortPiece, null);
        assertThat(shown.tldr()).isEqualTo("The library reopens on Monday.");
        assertThat(shown.keyPoints()).isEmpty();
    }

    @Test
    void pointsFromFurtherInTheArticleAreShown() {
        Summary longer = new Summary(
                "The library reopens on Monday.",
                List.of("The library reopens on Monday.", "It closed in May for repairs.", "Entry stays free."),
                List.of(0, 1, 7),
                List.of(0),
                List.of("A café opens in June."),
                List.of(12));
        assertThat(ArticleSummary.extractive(longer, null).keyPoints())
                .extracting(ArticleSummary.KeyPoint::text)
                .containsExactly("It closed in May for repairs.", "Entry stays free.", "A café opens in June.");
    }
}
