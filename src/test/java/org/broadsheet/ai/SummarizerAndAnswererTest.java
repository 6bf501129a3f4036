package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummarizerAndAnswererTest {
    private static final String TEXT = """
            Galway City Council has approved a €48 million plan to build 23km of segregated cycle lanes across the \
            city, after a meeting that ran for more than six hours and ended shortly before midnight.

            The vote was 11 to 6. The plan, largely funded by the National Transport Authority, will connect the \
            university, the hospital, the city centre and the main residential areas to the east and west.

            Parking concerns

            The most contentious element is the removal of about 190 on-street parking spaces, mostly on approach \
            roads to the city centre. Traders' representatives told the meeting that the change would drive \
            customers to out-of-town shopping centres.

            "We are not against bikes. We are against empty shops," said Bríd Ó Conaill, chair of a city-centre \
            business group.

            Construction of the first section, along the Dublin Road, is expected to begin next spring.""";

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
    void summaryHasATldrAndThreeKeyPointsInArticleOrderWithoutHeadingsOrQuotesFirst() {
        Summary s = new Summarizer(embedder).summarize("Galway approves €48m cycle network", TEXT);
        assertThat(s.keyPoints()).hasSize(3);
        assertThat(s.sentences()).isSorted().doesNotHaveDuplicates().startsWith(0);
        assertThat(s.keyPoints()).doesNotContain("Parking concerns");
        assertThat(s.tldr()).startsWith("Galway City Council has approved a €48 million plan");
        assertThat(s.tldrSentences()).containsExactly(0);
        // The lead is a key point and the TL;DR: beside the TL;DR the panel shows a further point in its place.
        assertThat(s.moreSentences()).isNotEmpty().doesNotContainAnyElementsOf(s.sentences());
        assertThat(s.besideTldr())
                .hasSize(3)
                .extracting(Summary.Shown::sentence)
                .isSorted()
                .doesNotContain(0);
        assertThat(s.besideTldr()).extracting(Summary.Shown::text).doesNotContain(s.tldr(), "Parking concerns");
    }

    @Test
    void panelShowsUpToFivePointsOnALongArticle() throws Exception {
        String longText = EvaluationSets.longArticle();
        Summary s = new Summarizer(embedder).summarize("Storm Ilse", longText);
        assertThat(s.keyPoints()).hasSize(3);
        assertThat(s.besideTldr()).hasSizeBetween(4, 5);
        assertThat(Summarizer.panelCount(longText)).isEqualTo(4);
    }

    @Test
    void summaryOfNothingIsEmptyAndLeadIsTheFirstSentences() {
        assertThat(new Summarizer(embedder).summarize(null, " \n\n ")).isEqualTo(Summary.empty());
        assertThat(Summarizer.lead(TEXT, 2))
                .containsExactly(SentenceSplitter.split(TEXT).get(0).text(), "The vote was 11 to 6.");
    }

    @Test
    void answersWithTheSentenceThatSaysAndMarksNeighboursThatItLeansOn() {
        Answerer answerer = new Answerer(embedder);
        PreparedArticle article = answerer.prepare(TEXT);
        Answer answer = answerer.ask(article, "How many parking spaces will go?");
        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("190 on-street parking spaces");
        assertThat(answer.sentences()).contains(answer.best());
        assertThat(answer.score()).isBetween(Answerer.THRESHOLD, 1.0);

        Answer who = answerer.ask(article, "Who pays for the plan?");
        assertThat(who.text()).contains("National Transport Authority");
        // "The plan, largely funded..." follows "The vote was 11 to 6." in its paragraph but does not lean on it.
        assertThat(who.sentences()).containsExactly(who.best());
    }

    @Test
    void saysTheArticleDoesNotSayWhenNothingMatches() {
        Answerer answerer = new Answerer(embedder);
        Answer answer = answerer.ask(answerer.prepare(TEXT), "What is the best recipe for pancakes?");
        assertThat(answer.found()).isFalse();
        assertThat(answerer.ask(answerer.prepare(""), "Anything?")).isEqualTo(Answer.none());
    }

    @Test
    void preparedArticlesRebuildFromStoredVectors() {
        Answerer answerer = new Answerer(embedder);
        PreparedArticle fresh = answerer.prepare(TEXT);
        PreparedArticle rebuilt = answerer.prepare(TEXT, fresh.vectors());
        assertThat(answerer.ranking(rebuilt, "When does building start?"))
                .isEqualTo(answerer.ranking(fresh, "When does building start?"));
        assertThat(Answerer.bm25Ranking(fresh, "Dublin Road construction").getFirst())
                .isEqualTo(fresh.sentences().size() - 1);
    }

    /** Quality floors on the project's own evaluation sets, a little under the figures in docs/benchmarks.md. */
    @Test
    void holdsItsQualityOnTheEvaluationSets() throws Exception {
        SummaryBenchmark.Result summaries = SummaryBenchmark.run(new Summarizer(embedder), EvaluationSets.summaries());
        assertThat(summaries.keyPoints().rouge1())
                .isGreaterThan(0.52)
                .isGreaterThan(summaries.lead3().rouge1());
        assertThat(summaries.keyPoints().rouge2())
                .isGreaterThan(0.305)
                .isGreaterThan(summaries.lead3().rouge2());

        AnswerBenchmark.Result answers = AnswerBenchmark.run(new Answerer(embedder), EvaluationSets.questions());
        assertThat(answers.answerable()).isEqualTo(116);
        assertThat(answers.precisionAt1()).isGreaterThan(0.83).isGreaterThan(answers.bm25PrecisionAt1() + 0.2);
        assertThat(answers.mrr()).isGreaterThan(0.89);
    }

    @Test
    void goldSentencesAreThoseHoldingTheAnswer() {
        PreparedArticle article = new Answerer(embedder)
                .prepare(
                        TEXT,
                        List.of(
                                new float[0],
                                new float[0],
                                new float[0],
                                new float[0],
                                new float[0],
                                new float[0],
                                new float[0],
                                new float[0],
                                new float[0]));
        assertThat(AnswerBenchmark.goldSentences(article, "The vote was 11 to 6"))
                .containsExactly(1);
        assertThat(AnswerBenchmark.goldSentences(article, "the Dublin Road section construction"))
                .containsExactly(8);
    }
}
