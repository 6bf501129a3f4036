package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoredSummaryTest {
    @Test
    void roundTripsAndTreatsAnOlderSummarisersJsonAsMissing() {
        Summary summary = new Summary(
                "The lead.",
                List.of("The lead.", "Two.", "Three."),
                List.of(0, 2, 4),
                List.of(0),
                List.of("Four."),
                List.of(5));
        StoredSummary stored = new StoredSummary(summary, null);
        assertThat(StoredSummary.fromJson(stored.toJson())).contains(stored);

        String before = "{\"extractive\":{\"tldr\":\"The lead.\",\"keyPoints\":[\"Two.\",\"Three.\"],"
                + "\"sentences\":[2,4],\"tldrSentences\":[0]},\"llm\":null}";
        assertThat(StoredSummary.fromJson(before)).isEmpty();
    }

    @Test
    void panelPointsLeaveOutTheTldrAndTopUpWithFurtherPoints() {
        Summary summary = new Summary(
                "The lead.",
                List.of("The lead.", "Two.", "Three."),
                List.of(0, 2, 4),
                List.of(0),
                List.of("Five.", "One."),
                List.of(5, 1));
        assertThat(summary.besideTldr()).extracting(Summary.Shown::sentence).containsExactly(1, 2, 4, 5);
        assertThat(ArticleSummary.extractive(summary, null).keyPoints())
                .extracting(ArticleSummary.KeyPoint::text)
                .containsExactly("One.", "Two.", "Three.", "Five.");
    }
}
