package org.broadsheet.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline of {@code bench cluster}: TF-IDF vectors, average link, one threshold. */
class AverageLinkBaselineTest {
    private static final List<String> TEXTS = List.of(
            "Storm Ilse hits Galway with gusts of 140 km/h",
            "Galway and Mayo battered as Storm Ilse brings 140 km/h gusts",
            "Central bank cuts its deposit rate in Frankfurt",
            "Frankfurt: the central bank cuts the deposit rate again",
            "Harbour ferry timetable changes in Sydney");

    @Test
    void groupsTextsThatShareWordsAndKeepsTheRestApart() {
        int[] c = AverageLinkBaseline.cluster(TEXTS, AverageLinkBaseline.THRESHOLD);
        assertThat(c[0]).isEqualTo(c[1]);
        assertThat(c[2]).isEqualTo(c[3]);
        assertThat(c[0]).isNotEqualTo(c[2]);
        assertThat(c[4]).isNotIn(c[0], c[2]);
    }

    @Test
    void aThresholdAboveEverySimilarityLeavesEveryTextAlone() {
        int[] c = AverageLinkBaseline.cluster(TEXTS, 1.01);
        assertThat(c).doesNotHaveDuplicates();
    }

    @Test
    void aThresholdOfZeroJoinsEverything() {
        int[] c = AverageLinkBaseline.cluster(TEXTS, 0);
        assertThat(c).containsOnly(c[0]);
    }
}
