package org.broadsheet.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Scores extractors on a corpus of (page, expected text) pairs with the metric of the public article-extraction
 * benchmarks ({@link ShingleScore}), and times them single-threaded after a warm-up pass ({@link SpeedRounds}).
 *
 * <p>A corpus is a folder with one folder per case holding {@code source.html} and {@code expected.html}, the layout of
 * Mozilla Readability's test pages; the expected text is {@code expected.html}'s text rendered with paragraphs.
 */
public final class ExtractionBenchmark {
    /** The address Readability's own test harness gives every page; relative links resolve against it. */
    public static final URI PAGE_URL = URI.create("http://fakehost/test/page.html");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * One case: its name, the page's HTML, the text an extractor should return, the page's address (for relative
     * links) and the metadata it expects (fields of Readability's {@code expected-metadata.json}; may be empty).
     */
    public record Page(String name, String html, String expected, URI url, JsonNode metadata) {
        public Page {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(metadata, "metadata");
        }

        /** A case at {@link #PAGE_URL} that expects no metadata. */
        public Page(String name, String html, String expected) {
            this(name, html, expected, PAGE_URL, JsonNodeFactory.instance.objectNode());
        }
    }

    private ExtractionBenchmark() {}

    /**
     * Reads a corpus in either layout: a folder with {@code ground-truth.jsonl} is read by {@link GroundTruthPages};
     * otherwise every case folder of {@code dir} that holds both {@code source.html} and {@code expected.html}, sorted
     * by name, with its {@code expected-metadata.json} when there is one (sources are read as UTF-8).
     */
    public static List<Page> readCorpus(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (Files.isRegularFile(dir.resolve(GroundTruthPages.FILE))) {
            return GroundTruthPages.read(dir);
        }
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(dir)) {
            cases = dirs.filter(d -> Files.isRegularFile(d.resolve("source.html"))
                            && Files.isRegularFile(d.resolve("expected.html")))
                    .sorted()
                    .toList();
        }
        List<Page> pages = new ArrayList<>();
        for (Path d : cases) {
            // new String(...) replaces malformed bytes, as a browser would, where Files.readString would throw.
            String html = new String(Files.readAllBytes(d.resolve("source.html")), StandardCharsets.UTF_8);
            String expected = new String(Files.readAllBytes(d.resolve("expected.html")), StandardCharsets.UTF_8);
            pages.add(new Page(
                    d.getFileName().toString(),
                    html,
                    expectedText(expected),
                    PAGE_URL,
                    MetadataAgreement.expected(dir, d.getFileName().toString())));
        }
        return pages;
    }

    /**
     * Scores an extractor that ran in another process: each page's HTML is rendered to text as the expected pages
     * are, a page it did not return or failed on scores as empty text, and its speed is the pass it timed itself
     * (one pass, so no paired rounds).
     */
    public static ExtractorScore score(BatchRun run, List<Page> pages) {
        Objects.requireNonNull(run, "run");
        Map<String, BatchRun.PageRun> byName = new HashMap<>();
        run.pages().forEach(p -> byName.put(p.name(), p));
        double precision = 0;
        double recall = 0;
        int exact = 0;
        int failures = 0;
        @Nullable String firstFailure = null;
        double slowest = 0;
        for (Page page : pages) {
            BatchRun.PageRun got = byName.get(page.name());
            String text = got == null ? "" : expectedText(got.html());
            if (got == null || got.error() != null) {
                failures++;
                String why = got == null ? "no result" : got.error();
                firstFailure = firstFailure != null ? firstFailure : page.name() + ": " + why;
            }
            slowest = got == null ? slowest : Math.max(slowest, got.millis());
            ShingleScore score = ShingleScore.of(text, page.expected());
            precision += score.precision();
            recall += score.recall();
            if (normalise(text).equals(normalise(page.expected()))) {
                exact++;
            }
        }
        int n = pages.size();
        return new ExtractorScore(
                run.extractor(),
                n,
                n == 0 ? 0 : precision / n,
                n == 0 ? 0 : recall / n,
                exact,
                run.wallMillis() <= 0 ? 0 : n / (run.wallMillis() / 1000),
                run.cpuMillis() <= 0 ? 0 : n / (run.cpuMillis() / 1000),
                failures,
                Optional.ofNullable(firstFailure),
                slowest,
                List.of());
    }

    /** The text of an expected-output page, rendered with paragraphs as Broadsheet renders an article. */
    static String expectedText(String expectedHtml) {
        return TextRenderer.render(Jsoup.parse(expectedHtml).body());
    }

    /**
     * Scores every extractor and times it on one thread. Each extractor runs once over every page to warm up, then
     * once more, the pass that is scored (a page it throws on counts as empty text and as a failure). Then come
     * {@code warmUps} untimed and {@code rounds} timed rounds, each running every extractor over all pages in turn;
     * the median timed round gives the pages per second of wall-clock time and of the thread's CPU time. Each timed
     * round's figures go to {@code progress}.
     */
    public static List<ExtractorScore> run(
            List<ExtractorUnderTest> extractors, List<Page> pages, int warmUps, int rounds, Consumer<String> progress) {
        Objects.requireNonNull(extractors, "extractors");
        Objects.requireNonNull(pages, "pages");
        List<ExtractorScore> quality = new ArrayList<>();
        for (ExtractorUnderTest extractor : extractors) {
            quality.add(score(extractor, pages));
        }
        SpeedRounds.Speed[] speeds = SpeedRounds.measure(extractors, pages, warmUps, rounds, progress);
        List<ExtractorScore> scores = new ArrayList<>();
        for (int i = 0; i < quality.size(); i++) {
            ExtractorScore q = quality.get(i);
            scores.add(new ExtractorScore(
                    q.extractor(),
                    q.pages(),
                    q.precision(),
                    q.recall(),
                    q.exact(),
                    speeds[i].pagesPerSecond(),
                    speeds[i].pagesPerCpuSecond(),
                    q.failures(),
                    q.firstFailure(),
                    q.slowestMillis(),
                    speeds[i].cpuRounds()));
        }
        return scores;
    }

    /** The warm-up pass, then the scored pass; its speed fields are left at 0 for {@link SpeedRounds} to fill. */
    private static ExtractorScore score(ExtractorUnderTest extractor, List<Page> pages) {
        for (Page page : pages) {
            extract(extractor, page);
        }
        double precision = 0;
        double recall = 0;
        int exact = 0;
        int failures = 0;
        @Nullable String firstFailure = null;
        long slowest = 0;
        for (Page page : pages) {
            long start = System.nanoTime();
            Outcome outcome = extract(extractor, page);
            slowest = Math.max(slowest, System.nanoTime() - start);
            if (outcome.failure() != null) {
                failures++;
                firstFailure = firstFailure != null ? firstFailure : page.name() + ": " + outcome.failure();
            }
            ShingleScore score = ShingleScore.of(outcome.text(), page.expected());
            precision += score.precision();
            recall += score.recall();
            if (normalise(outcome.text()).equals(normalise(page.expected()))) {
                exact++;
            }
        }
        int n = pages.size();
        return new ExtractorScore(
                extractor.name(),
                n,
                n == 0 ? 0 : precision / n,
                n == 0 ? 0 : recall / n,
                exact,
                0,
                0,
                failures,
                Optional.ofNullable(firstFailure),
                slowest / 1e6,
                List.of());
    }

    /**
     * The scores as a Markdown table: extractor | pages | precision | recall | F1 | exact | pages/s | pages/CPU-s |
     * slowest page.
     */
    public static String table(List<ExtractorScore> scores) {
        StringBuilder out = new StringBuilder(
                "| extractor | pages | precision | recall | F1 | exact | pages/s | pages/CPU-s | slowest page |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (ExtractorScore s : scores) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.4f | %.4f | %.4f | %d (%.1f%%) | %.1f | %s | %.0f ms |%n",
                    s.extractor(),
                    s.pages(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.exact(),
                    100 * s.exactShare(),
                    s.pagesPerSecond(),
                    s.pagesPerCpuSecond() > 0 ? String.format(Locale.ROOT, "%.1f", s.pagesPerCpuSecond()) : "n/a",
                    s.slowestMillis()));
        }
        return out.toString();
    }

    /** What one extraction gave: its text, or empty text and the failure's class and message. */
    record Outcome(String text, @Nullable String failure) {}

    static Outcome extract(ExtractorUnderTest extractor, Page page) {
        try {
            String text = extractor.text(page.html(), page.url());
            return new Outcome(text == null ? "" : text, null);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // A peer that breaks on a page scores zero on it; the count and the first message reach the report.
            return new Outcome("", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
