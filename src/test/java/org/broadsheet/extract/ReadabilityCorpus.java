package org.broadsheet.extract;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * Mozilla Readability's test pages (shared corpus, one folder per case with {@code source.html},
 * {@code expected.html} and {@code expected-metadata.json}) and the extractor's result on each, computed once per
 * JVM so that the per-case and aggregate tests parse every page only once.
 */
final class ReadabilityCorpus {
    static final Path DIR = Path.of("..", "shared", "corpora", "readability-test-pages");
    /** The address Readability's own test harness gives every page. */
    private static final URI PAGE_URL = URI.create("http://fakehost/test/page.html");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A generous budget: the per-case floors judge what is extracted, not how fast on a busy machine. */
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(java.time.Duration.ofSeconds(60));

    private static final Map<String, Result> RESULTS = new ConcurrentHashMap<>();

    /** One case: what the extractor returned, its text score and the metadata Readability expects. */
    record Result(String name, ExtractedArticle article, ShingleScore score, JsonNode expectedMetadata) {
        /** The expected value of a metadata key, or null when it is absent, null or blank. */
        @Nullable
        String expected(String key) {
            JsonNode node = expectedMetadata.get(key);
            return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
        }
    }

    private ReadabilityCorpus() {}

    /**
     * The case names, sorted; aborts the calling test when the corpus is absent, or fails it when {@code CI=true}
     * (CI must check out {@code shared/}).
     */
    static List<String> caseNames() {
        if (!Files.isDirectory(DIR)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("The Readability corpus is missing at " + DIR.toAbsolutePath() + "; CI must have shared/.");
            }
            Assumptions.abort("Readability corpus not found at " + DIR.toAbsolutePath() + ": skipping.");
        }
        try (Stream<Path> dirs = Files.list(DIR)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("source.html")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extractor's result on one case, computed on first use. */
    static Result result(String name) {
        return RESULTS.computeIfAbsent(name, ReadabilityCorpus::compute);
    }

    private static Result compute(String name) {
        Path dir = DIR.resolve(name);
        try {
            byte[] source = Files.readAllBytes(dir.resolve("source.html"));
            String expected =
                    Jsoup.parse(Files.readString(dir.resolve("expected.html"))).text();
            ExtractedArticle article = EXTRACTOR.extract(source, "text/html; charset=utf-8", PAGE_URL);
            JsonNode metadata =
                    JSON.readTree(dir.resolve("expected-metadata.json").toFile());
            return new Result(name, article, ShingleScore.of(article.text(), expected), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExtractionException e) {
            throw new IllegalStateException(name + ": " + e.code(), e);
        }
    }
}
