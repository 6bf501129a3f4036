package org.broadsheet.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoreTest {
    @Test
    void perfectClusteringScoresOne() {
        ClusterScore s = ClusterScore.of(Map.of("a", "1", "b", "1", "c", "2"), Map.of("a", "x", "b", "x", "c", "y"));
        assertThat(s.bcubedF1()).isEqualTo(1.0);
        assertThat(s.pairF1()).isEqualTo(1.0);
    }

    @Test
    void bcubedMatchesHandComputedValues() {
        // truth {a,b} {c}; predicted {a} {b,c}.
        // precision: a 1/1, b 1/2, c 1/2 -> 2/3; recall: a 1/2, b 1/2, c 1/1 -> 2/3.
        ClusterScore s = ClusterScore.of(Map.of("a", "1", "b", "1", "c", "2"), Map.of("a", "x", "b", "y", "c", "y"));
        assertThat(s.bcubedPrecision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.bcubedRecall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.bcubedF1()).isCloseTo(2.0 / 3, within(1e-9));
        // The only predicted pair (b,c) is wrong and the only true pair (a,b) is missed.
        assertThat(s.pairPrecision()).isZero();
        assertThat(s.pairRecall()).isZero();
    }

    @Test
    void everythingInOneClusterHasFullRecallAndLowPrecision() {
        // truth {a,b,c} {d}; predicted {a,b,c,d}.
        // precision: a,b,c 3/4 each, d 1/4 -> 10/16; recall 1.
        // pairs: predicted 6, true 3, shared 3.
        ClusterScore s = ClusterScore.of(
                Map.of("a", "1", "b", "1", "c", "1", "d", "2"), Map.of("a", "x", "b", "x", "c", "x", "d", "x"));
        assertThat(s.bcubedPrecision()).isCloseTo(10.0 / 16, within(1e-9));
        assertThat(s.bcubedRecall()).isEqualTo(1.0);
        assertThat(s.bcubedF1()).isCloseTo(2 * 0.625 / 1.625, within(1e-9));
        assertThat(s.pairPrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.pairRecall()).isEqualTo(1.0);
    }

    @Test
    void refusesClusteringsOfDifferentArticles() {
        assertThatThrownBy(() -> ClusterScore.of(Map.of("a", "1"), Map.of("b", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
