package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    private static void assertScore(ShingleScore score, double precision, double recall) {
        assertThat(score.precision()).as("precision").isCloseTo(precision, within(1e-12));
        assertThat(score.recall()).as("recall").isCloseTo(recall, within(1e-12));
    }

    @Test
    void identicalTextsScoreOne() {
        assertScore(ShingleScore.of("one two three four five", "one two three four five"), 1, 1);
    }

    @Test
    void extraTokensLowerPrecisionOnly() {
        // predicted: [one two three four], [two three four five]; expected: [one two three four]
        assertScore(ShingleScore.of("one two three four five", "one two three four"), 0.5, 1);
    }

    @Test
    void missingTokensLowerRecallOnly() {
        // predicted 2 shingles, expected 4: all predicted are expected, half of expected are predicted
        assertScore(ShingleScore.of("a b c d e", "a b c d e f g"), 1, 0.5);
    }

    @Test
    void countsShinglesAsAMultiset() {
        // "x x x x x" holds [x x x x] twice; "x x x x" once; the overlap is the smaller count.
        assertScore(ShingleScore.of("x x x x x", "x x x x"), 0.5, 1);
    }

    @Test
    void tokensAreUnicodeWordRunsAndCaseSensitive() {
        assertScore(ShingleScore.of("Ça va — très bien !", "Ça va, très\nbien"), 1, 1);
        assertScore(ShingleScore.of("The cat sat down", "the cat sat down"), 0, 0);
    }

    @Test
    void shortTextIsOneShingle() {
        assertScore(ShingleScore.of("hello world", "hello world"), 1, 1);
        assertScore(ShingleScore.of("hello world", "hello there"), 0, 0);
    }

    @Test
    void emptyTextsScoreOneTogetherAndZeroAlone() {
        assertScore(ShingleScore.of("", " ... "), 1, 1);
        assertScore(ShingleScore.of("", "one two three four"), 0, 0);
        assertScore(ShingleScore.of("one two three four", ""), 0, 0);
    }

    @Test
    void f1IsTheHarmonicMean() {
        assertThat(ShingleScore.f1(0.5, 1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(ShingleScore.f1(0, 0)).isZero();
    }
}
