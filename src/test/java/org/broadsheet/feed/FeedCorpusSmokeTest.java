package org.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over the public feed test suites in {@code ../shared/corpora/}: every document must parse or fail
 * with a {@link FeedParseException}, and none may take long.
 */
class FeedCorpusSmokeTest {
    private static final Path CORPORA = Path.of("..", "shared", "corpora");
    private static final List<String> SUITES =
            List.of("gofeed-testdata", "feed-rs-fixtures", "feedparser-tests", "feedvalidator-testcases");
    /** A hang guard, not a speed target: parse times are measured by the feed benchmark, not asserted here. */
    private static final Duration PER_FILE = Duration.ofSeconds(10);

    @Test
    void parsesEveryCorpusFileOrFailsWithAReason() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isDirectory(CORPORA)) {
            if (ci) {
                fail("The corpora folder " + CORPORA.toAbsolutePath().normalize() + " is missing, and CI=true");
            }
            Assumptions.abort("No corpora at " + CORPORA.toAbsolutePath().normalize() + ": smoke test skipped");
        }
        List<Path> files = corpusFiles();
        assertThat(files).as("feed documents under %s", CORPORA).isNotEmpty();

        FeedParser parser = new FeedParser();
        List<String> problems = new ArrayList<>();
        int parsed = 0;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Path file : files) {
                byte[] body = Files.readAllBytes(file);
                Future<?> future = executor.submit(() -> {
                    parser.parse(body, null, URI.create("https://corpus.example/" + file.getFileName()));
                    return null;
                });
                try {
                    future.get(PER_FILE.toMillis(), TimeUnit.MILLISECONDS);
                    parsed++;
                } catch (TimeoutException e) {
                    future.cancel(true);
                    problems.add(file + ": took longer than " + PER_FILE);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof FeedParseException)) {
                        problems.add(file + ": " + e.getCause());
                    }
                }
            }
        }
        assertThat(problems).as("files that did not parse cleanly").isEmpty();
        assertThat(parsed).as("documents parsed as feeds").isPositive();
    }

    private static List<Path> corpusFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String suite : SUITES) {
            Path dir = CORPORA.resolve(suite);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(FeedCorpusSmokeTest::isDocument)
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".json") || name.endsWith(".rss") || name.endsWith(".atom");
    }
}
