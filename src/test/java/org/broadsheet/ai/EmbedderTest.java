package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbedderTest {
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
    void anArticleIsEmbeddedFromItsTitleAndTheLeadOfItsBodyCutAtAWord() {
        String body = "The  harbour wall\n\nwas finished. " + "Boats came in on the evening tide. ".repeat(30);

        String text = Embedder.articleText("  Wall finished ", body);

        assertThat(text).startsWith("Wall finished\nThe harbour wall was finished. Boats came in");
        String lead = text.substring(text.indexOf('\n') + 1);
        assertThat(lead.length()).isLessThanOrEqualTo(Embedder.LEAD_CHARS).isGreaterThan(Embedder.LEAD_CHARS - 12);
        assertThat(body.replaceAll("\\s+", " ")).contains(lead + " ");
        assertThat(Embedder.articleText("Short", "One line.")).isEqualTo("Short\nOne line.");
    }

    @Test
    void vectorsHaveTheModelsLengthAndUnitNorm() {
        float[] vector = embedder.embed("Ferry services resume after the storm");
        assertThat(vector).hasSize(Embedder.DIMENSIONS);
        assertThat(Embedder.similarity(vector, vector)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        List<float[]> v = embedder.embedAll(List.of(
                "Ceasefire talks resume in Cairo",
                "Truce negotiations restart in the Egyptian capital",
                "The central bank raised interest rates by a quarter point"));
        assertThat(Embedder.similarity(v.get(0), v.get(1)))
                .isGreaterThan(Embedder.similarity(v.get(0), v.get(2)) + 0.2f);
    }

    @Test
    void sameTextGivesTheSameVector() {
        assertThat(embedder.embed("Storm closes schools")).containsExactly(embedder.embed("Storm closes schools"));
    }

    @Test
    void blankAndVeryLongTextsAreEmbedded() {
        assertThat(embedder.embed(" \n")).hasSize(Embedder.DIMENSIONS).containsOnly(0f);
        String longText = "The council met again on Tuesday to discuss the harbour plan. ".repeat(300);
        assertThat(embedder.embed(longText)).hasSize(Embedder.DIMENSIONS);
    }

    @Test
    void vectorsOfDifferentLengthsHaveNoSimilarity() {
        assertThatThrownBy(() -> Embedder.similarity(new float[2], new float[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in length");
    }

    @Test
    void aLazyEmbedderLoadsAtItsFirstTextAndRefusesWorkWhenClosed() {
        Embedder lazy = Embedder.lazy();
        assertThat(lazy.embed("Storm closes schools")).containsExactly(embedder.embed("Storm closes schools"));
        lazy.close();
        assertThatThrownBy(() -> lazy.embed("again"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
