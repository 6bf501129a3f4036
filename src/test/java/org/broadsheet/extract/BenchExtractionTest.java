package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchExtractionTest {
    /** A trivial extractor: the whole body's text. */
    static final ExtractorUnderTest BODY_TEXT = new ExtractorUnderTest() {
        @Override
        public String name() {
            return "body-text";
        }

        @Override
        public String text(String html, URI url) {
            return Jsoup.parse(html, url.toString()).body().text();
        }
    };

    @TempDir
    Path corpus;

    /** Two cases: one the trivial extractor gets exactly, one where it also keeps a menu word. */
    static void writeTinyCorpus(Path corpus) throws IOException {
        writeCase(
                corpus,
                "a-exact",
                "<html><body><p>one two three four five</p></body></html>",
                "<div id=readability-page-1><p>one two three four five</p></div>");
        writeCase(
                corpus,
                "b-menu",
                "<html><body><p>one two three four five</p><nav>menu</nav></body></html>",
                "<div><p>one two three four five</p></div>");
        Files.createDirectories(corpus.resolve("c-no-expected"));
        Files.writeString(corpus.resolve("c-no-expected").resolve("source.html"), "<p>ignored</p>");
    }

    private static void writeCase(Path corpus, String name, String source, String expected) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve(name));
        Files.writeString(dir.resolve("source.html"), source);
        Files.writeString(dir.resolve("expected.html"), expected);
    }

    private ExtractorScore runOne(ExtractorUnderTest extractor) throws IOException {
        List<ExtractorScore> scores =
                ExtractionBenchmark.run(List.of(extractor), ExtractionBenchmark.readCorpus(corpus), 1, 3, line -> {});
        assertThat(scores).hasSize(1);
        return scores.get(0);
    }

    @Test
    void readsCasesWithBothFilesAndRendersExpectedText() throws IOException {
        writeTinyCorpus(corpus);
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.readCorpus(corpus);
        assertThat(pages).extracting(ExtractionBenchmark.Page::name).containsExactly("a-exact", "b-menu");
        assertThat(pages.get(0).expected()).isEqualTo("one two three four five");
    }

    @Test
    void scoresTheTimedPassAveragedOverPages() throws IOException {
        writeTinyCorpus(corpus);
        ExtractorScore score = runOne(BODY_TEXT);
        // Page a: P=R=1, exact. Page b: 3 predicted shingles, 2 expected, 2 shared: P=2/3, R=1.
        assertThat(score.extractor()).isEqualTo("body-text");
        assertThat(score.pages()).isEqualTo(2);
        assertThat(score.precision()).isCloseTo((1 + 2.0 / 3) / 2, within(1e-12));
        assertThat(score.recall()).isCloseTo(1, within(1e-12));
        assertThat(score.f1()).isCloseTo(ShingleScore.f1(5.0 / 6, 1), within(1e-12));
        assertThat(score.exact()).isEqualTo(1);
        assertThat(score.exactShare()).isEqualTo(0.5);
        assertThat(score.pagesPerSecond()).isPositive();
        assertThat(score.pagesPerCpuSecond()).isPositive();
        assertThat(score.failures()).isZero();
        assertThat(score.firstFailure()).isEmpty();
    }

    @Test
    void countsAPageThatThrowsAsEmptyTextAndAFailure() throws IOException {
        writeTinyCorpus(corpus);
        ExtractorUnderTest broken = new ExtractorUnderTest() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String text(String html, URI url) {
                throw new IllegalArgumentException("no article");
            }
        };
        ExtractorScore score = runOne(broken);
        assertThat(score.precision()).isZero();
        assertThat(score.recall()).isZero();
        assertThat(score.failures()).isEqualTo(2);
        assertThat(score.firstFailure()).hasValue("a-exact: IllegalArgumentException: no article");
    }

    @Test
    void timesEveryExtractorInTheSameRoundsAndKeepsTheirOrder() throws IOException {
        writeTinyCorpus(corpus);
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.readCorpus(corpus);
        int[] calls = new int[1];
        ExtractorUnderTest counting = new ExtractorUnderTest() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public String text(String html, URI url) {
                calls[0]++;
                return "";
            }
        };
        List<String> rounds = new java.util.ArrayList<>();
        List<ExtractorScore> scores = ExtractionBenchmark.run(List.of(BODY_TEXT, counting), pages, 2, 4, rounds::add);
        assertThat(scores).extracting(ExtractorScore::extractor).containsExactly("body-text", "counting");
        // A warm-up pass, the scored pass, 2 warm-up rounds and 4 timed rounds over 2 pages.
        assertThat(calls[0]).isEqualTo(2 * (2 + 2 + 4));
        assertThat(rounds).hasSize(4);
        assertThat(rounds.get(3)).startsWith("round 4: body-text ").contains("; counting ");
        assertThat(scores.get(0).cpuRounds()).hasSize(4);
        assertThat(scores.get(0).pairedRatio(scores.get(1))).hasValueSatisfying(r -> {
            assertThat(r.rounds()).isEqualTo(4);
            assertThat(r.lowest()).isLessThanOrEqualTo(r.median()).isPositive();
            assertThat(r.highest()).isGreaterThanOrEqualTo(r.median());
        });
    }

    @Test
    void pairsRoundsToCompareSpeedsOnAMachineWhoseSpeedDrifts() {
        // The machine halves its speed in the last two rounds: the ratio stays 3 in every round.
        ExtractorScore fast = score("fast", List.of(300.0, 330.0, 150.0, 165.0));
        ExtractorScore slow = score("slow", List.of(100.0, 110.0, 50.0, 55.0));
        ExtractorScore.Ratio ratio = fast.pairedRatio(slow).orElseThrow();
        assertThat(ratio.median()).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(ratio.lowest()).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(fast.pairedRatio(score("untimed", List.of()))).isEmpty();
    }

    private static ExtractorScore score(String name, List<Double> cpuRounds) {
        return new ExtractorScore(name, 1, 1, 1, 1, 1, 1, 0, java.util.Optional.empty(), 1, cpuRounds);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(SpeedRounds.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(SpeedRounds.median(new double[] {4, 1, 3, 100})).isEqualTo(3.5);
    }

    @Test
    void refusesFewerThanOneRound() throws IOException {
        writeTinyCorpus(corpus);
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.readCorpus(corpus);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ExtractionBenchmark.run(List.of(BODY_TEXT), pages, 0, 0, line -> {}))
                .withMessageContaining("rounds");
    }

    @Test
    void printsOneRowPerExtractor() throws IOException {
        writeTinyCorpus(corpus);
        ExtractorScore score = runOne(BODY_TEXT);
        String table = ExtractionBenchmark.table(List.of(score));
        assertThat(table)
                .startsWith(
                        "| extractor | pages | precision | recall | F1 | exact | pages/s | pages/CPU-s | slowest page |")
                .contains("| body-text | 2 | 0.8333 | 1.0000 | 0.9091 | 1 (50.0%) | ");
    }

    /** A corpus in the news-extraction layout: ground-truth.jsonl and html/ID.html.gz, here in windows-1252. */
    static void writeGroundTruthCorpus(Path corpus) throws IOException {
        Path html = Files.createDirectories(corpus.resolve("html"));
        String page = "<html><head><meta charset=windows-1252><title>Caf\u00e9s</title></head><body>"
                + "<p>The caf\u00e9 opened on Main Street today, serving coffee to the whole town.</p>"
                + "<div>Share this story</div></body></html>";
        try (var gzip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(html.resolve("p1.html.gz")))) {
            gzip.write(page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        }
        Files.writeString(
                corpus.resolve("ground-truth.jsonl"),
                "{\"id\": \"p1\", \"url\": \"https://news.example/cafe\", \"title\": \"Caf\u00e9s\","
                        + " \"text\": \"The caf\u00e9 opened on Main Street today, serving coffee to the whole"
                        + " town.\"}\n"
                        + "{\"id\": \"missing\", \"url\": null, \"title\": \"x\", \"text\": \"y\"}\n");
    }

    @Test
    void readsTheGroundTruthLayoutDecodingEachPageAsAFetcherWould() throws IOException {
        writeGroundTruthCorpus(corpus);
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.readCorpus(corpus);
        assertThat(pages).hasSize(1);
        ExtractionBenchmark.Page page = pages.getFirst();
        assertThat(page.name()).isEqualTo("p1");
        assertThat(page.html()).contains("The caf\u00e9 opened");
        assertThat(page.expected()).startsWith("The caf\u00e9 opened");
        assertThat(page.url()).isEqualTo(URI.create("https://news.example/cafe"));
        assertThat(page.metadata().path("title").asText()).isEqualTo("Caf\u00e9s");
    }

    @Test
    void listsTheLowestPrecisionPagesWithTheLinesKeptWrongly() throws IOException {
        writeGroundTruthCorpus(corpus);
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.readCorpus(corpus);
        ExtractorUnderTest byLines = new ExtractorUnderTest() {
            @Override
            public String name() {
                return "by-lines";
            }

            @Override
            public String text(String html, URI url) {
                return Jsoup.parse(html, url.toString()).body().children().eachText().stream()
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse("");
            }
        };
        List<WorstPages.Page> worst = WorstPages.of(byLines, pages, 5);
        assertThat(worst).hasSize(1);
        assertThat(worst.getFirst().precision()).isLessThan(1);
        assertThat(worst.getFirst().recall()).isEqualTo(1);
        assertThat(worst.getFirst().keptWrongly()).containsExactly("Share this story");
        assertThat(WorstPages.report(worst))
                .contains("- p1 (https://news.example/cafe): precision ")
                .contains("    kept: Share this story");
    }

    @Test
    void scoresAnotherProcesssRunByRenderingItsHtmlAndCountsWhatItMissedAsFailures() throws IOException {
        writeTinyCorpus(corpus);
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.readCorpus(corpus);
        BatchRun run = new BatchRun(
                "node-peer",
                List.of(new BatchRun.PageRun("a-exact", "<div><p>one two three four five</p></div>", 12.5, null)),
                500,
                250);
        ExtractorScore score = ExtractionBenchmark.score(run, pages);
        // a-exact is exact; b-menu has no result: empty text, a failure.
        assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(score.exact()).isEqualTo(1);
        assertThat(score.failures()).isEqualTo(1);
        assertThat(score.firstFailure()).hasValue("b-menu: no result");
        assertThat(score.pagesPerSecond()).isCloseTo(4, within(1e-9));
        assertThat(score.pagesPerCpuSecond()).isCloseTo(8, within(1e-9));
        assertThat(score.slowestMillis()).isEqualTo(12.5);
    }
}
