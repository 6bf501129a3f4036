package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures worked by hand with the rules of Google's rouge-score package. */
class RougeTest {
    @Test
    void tokenisesLikeRougeScore() {
        assertThat(Rouge.tokens("The Cats' running, 3.5 km!")).containsExactly("the", "cat", "run", "3", "5", "km");
    }

    @Test
    void scoresUnigramsAndBigrams() {
        // candidate: the cat sat on the mat (6); reference: the cat lay on the mat (6)
        Rouge.Scores s = Rouge.score("the cat sat on the mat", "the cat lay on the mat");
        assertThat(s.rouge1()).isCloseTo(5.0 / 6, offset(1e-9));
        // bigrams: cand {the cat, cat sat, sat on, on the, the mat}, ref {the cat, cat lay, lay on, on the, the mat}
        assertThat(s.rouge2()).isCloseTo(3.0 / 5, offset(1e-9));
    }

    @Test
    void lsumTakesTheUnionLcsOverSentences() {
        // rouge-score's own example: ref "w1 w2 w3 w4 w5" against candidates "w1 w2 w6 w7 w8" and "w1 w3 w8 w9 w5":
        // the union LCS is w1 w2 w3 w5, so recall 4/5 and precision 4/10.
        double f = Rouge.lsum(
                List.of(List.of("w1", "w2", "w6", "w7", "w8"), List.of("w1", "w3", "w8", "w9", "w5")),
                List.of(List.of("w1", "w2", "w3", "w4", "w5")));
        assertThat(f).isCloseTo(2 * 0.4 * 0.8 / 1.2, offset(1e-9));
        assertThat(Rouge.score("a b c\nd e", "a b c\nd e").rougeLsum()).isCloseTo(1.0, offset(1e-9));
        assertThat(Rouge.score("", "a b").rouge1()).isZero();
    }
}
