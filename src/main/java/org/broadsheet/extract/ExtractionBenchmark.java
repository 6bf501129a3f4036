package org.broadsheet.extract;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Scores extractors on a corpus of (page, expected text) pairs with the metric of the public article-extraction
 * benchmarks ({@link ShingleScore}), and times them single-threaded after a warm-up pass.
 *
 * <p>A corpus is a folder with one folder per case holding {@code source.html} and {@code expected.html}, the layout of
 * Mozilla Readability's test pages; the expected text is {@code expected.html}'s text rendered with paragraphs.
 */
public final class ExtractionBenchmark {
    /** The address Readability's own test harness gives every page; relative links resolve against it. */
    public static final URI PAGE_URL = URI.create("http://fakehost/test/page.html");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One case: its folder name, the page's HTML and the text an extractor should return. */
    public record Page(String name, String html, String expected) {}

    private ExtractionBenchmark() {}

    /** Reads every case folder of {@code dir} that holds both files, sorted by name; sources are read as UTF-8. */
    public static List<Page> readCorpus(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
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
            pages.add(new Page(d.getFileName().toString(), html, expectedText(expected)));
        }
        return pages;
    }

    /** The text of an expected-output page, rendered with paragraphs as Broadsheet renders an article. */
    static String expectedText(String expectedHtml) {
        return TextRenderer.render(Jsoup.parse(expectedHtml).body());
    }

    /**
     * Runs {@code extractor} once over every page to warm up, then again timed (extraction only, one thread), and
     * scores the timed pass. A page it throws on counts as empty text and as a failure.
     */
    public static ExtractorScore run(ExtractorUnderTest extractor, List<Page> pages) {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(pages, "pages");
        for (Page page : pages) {
            extract(extractor, page);
        }
        double precision = 0;
        double recall = 0;
        int exact = 0;
        int failures = 0;
        @Nullable String firstFailure = null;
        long nanos = 0;
        long slowest = 0;
        for (Page page : pages) {
            long start = System.nanoTime();
            Outcome outcome = extract(extractor, page);
            long took = System.nanoTime() - start;
            nanos += took;
            slowest = Math.max(slowest, took);
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
                nanos == 0 ? 0 : n / (nanos / 1e9),
                failures,
                Optional.ofNullable(firstFailure),
                slowest / 1e6);
    }

    /** The scores as a Markdown table: extractor | pages | precision | recall | F1 | exact | pages/s | slowest. */
    public static String table(List<ExtractorScore> scores) {
        StringBuilder out =
                new StringBuilder("| extractor | pages | precision | recall | F1 | exact | pages/s | slowest page |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (ExtractorScore s : scores) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.4f | %.4f | %.4f | %d (%.1f%%) | %.1f | %.0f ms |%n",
                    s.extractor(),
                    s.pages(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.exact(),
                    100 * s.exactShare(),
                    s.pagesPerSecond(),
                    s.slowestMillis()));
        }
        return out.toString();
    }

    private record Outcome(String text, @Nullable String failure) {}

    private static Outcome extract(ExtractorUnderTest extractor, Page page) {
        try {
            String text = extractor.text(page.html(), PAGE_URL);
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
