package org.broadsheet.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The feed conformance harness: runs {@link FeedParser} over the public test suites in a corpora folder and measures
 * how many documents parse or fail with a typed reason, how many of the Universal Feed Parser's expectations hold, and
 * how many of gofeed's and feed-rs's expected fields agree with ours.
 */
public final class FeedConformance {
    static final String FEEDPARSER = "feedparser-tests";
    static final String GOFEED = "gofeed-testdata";
    static final String FEED_RS = "feed-rs-fixtures";
    static final String FEEDVALIDATOR = "feedvalidator-testcases";
    private static final List<String> SUITES = List.of(FEEDPARSER, GOFEED, FEED_RS, FEEDVALIDATOR);

    private static final Pattern EXPECT = Pattern.compile("Expect:[ \\t]*(.*?)[ \\t]*(?:-->|\\r?\\n|$)");
    /** Where upstream serves its test documents from, for resolving relative links as it does. */
    private static final String DOCUMENT_ROOT = "http://127.0.0.1:8097/tests/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeedParser parser = new FeedParser();
    private final Duration perFile;

    /** Creates a harness that gives up on a document after {@code perFile} and counts it as hung. */
    public FeedConformance(Duration perFile) {
        this.perFile = Objects.requireNonNull(perFile, "perFile");
    }

    /** Runs every suite found under {@code corpora}; a missing suite is skipped and left out of the report. */
    public FeedConformanceReport run(Path corpora) throws IOException {
        Objects.requireNonNull(corpora, "corpora");
        FeedConformanceReport report = new FeedConformanceReport();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String suite : SUITES) {
                Path dir = corpora.resolve(suite);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                for (Path file : documents(suite, dir)) {
                    runOne(executor, suite, dir, file, report);
                }
            }
        }
        return report;
    }

    private void runOne(ExecutorService executor, String suite, Path dir, Path file, FeedConformanceReport report)
            throws IOException {
        byte[] body = Files.readAllBytes(file);
        String relative = dir.relativize(file).toString().replace('\\', '/');
        String header = suite.equals(FEEDPARSER) ? head(body) : "";
        String contentType = header(header, "Content-type");
        // Upstream serves its tests from 127.0.0.1:8097; a Content-Location header rebases the document, as it would
        // when a fetcher passes it on.
        URI documentUrl = URI.create(DOCUMENT_ROOT + relative.replace(' ', '_'));
        String location = header(header, "Content-Location");
        if (location != null) {
            try {
                documentUrl = documentUrl.resolve(location);
            } catch (IllegalArgumentException e) {
                report.problem(suite + "/" + relative + ": unusable Content-Location " + location);
            }
        }
        URI base = documentUrl;
        long start = System.nanoTime();
        Future<ParsedFeed> future = executor.submit(() -> parser.parse(body, contentType, base));
        ParsedFeed parsed = null;
        Outcome outcome;
        try {
            parsed = future.get(perFile.toMillis(), TimeUnit.MILLISECONDS);
            outcome = Outcome.PARSED;
        } catch (TimeoutException e) {
            future.cancel(true);
            outcome = Outcome.HUNG;
        } catch (ExecutionException e) {
            outcome = e.getCause() instanceof FeedParseException ? Outcome.TYPED_FAILURE : Outcome.OTHER_ERROR;
            if (outcome == Outcome.OTHER_ERROR) {
                report.problem(suite + "/" + relative + ": " + e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while parsing " + file, e);
        }
        report.parsed(suite, outcome, System.nanoTime() - start);
        switch (suite) {
            case FEEDPARSER -> checkExpectation(relative, header, parsed, outcome, report);
            case GOFEED, FEED_RS -> checkExpectedJson(suite, file, relative, parsed, report);
            default -> {}
        }
    }

    private static void checkExpectation(
            String relative,
            String header,
            @Nullable ParsedFeed parsed,
            Outcome outcome,
            FeedConformanceReport report) {
        String group = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
        Matcher m = EXPECT.matcher(header);
        if (!m.find()) {
            report.expectation(group, Verdict.NOT_APPLICABLE, relative, "no Expect: line");
            return;
        }
        String expression = m.group(1).replace("\\\"", "\"");
        if (group.equals("json")) {
            expression = expression.replaceAll("\\s*-->\\s*$", "");
        }
        FeedExpectation expectation;
        try {
            expectation = FeedExpectation.parse(expression);
        } catch (FeedExpectation.NotApplicable e) {
            report.expectation(group, Verdict.NOT_APPLICABLE, relative, e.getMessage());
            return;
        }
        boolean bozo = outcome != Outcome.PARSED
                || parsed == null
                || !parsed.warnings().isEmpty();
        var subject = new FeedExpectation.Subject(parsed, bozo);
        // Upstream checks every well-formed feed for "not bozo" as well as its expression.
        boolean wellformedOk = !group.equals("wellformed") || !bozo;
        Verdict verdict = !wellformedOk || !expectation.test(subject, true)
                ? Verdict.FAILED
                : expectation.test(subject, false) ? Verdict.PASSED : Verdict.PASSED_AS_TEXT;
        report.expectation(
                group, verdict, relative, expression + (bozo ? "  [bozo: " + why(parsed, outcome) + "]" : ""));
    }

    private static String why(@Nullable ParsedFeed parsed, Outcome outcome) {
        return parsed == null ? outcome.toString() : String.join("; ", parsed.warnings());
    }

    private static void checkExpectedJson(
            String suite, Path file, String relative, @Nullable ParsedFeed parsed, FeedConformanceReport report)
            throws IOException {
        Path expected = expectedFor(suite, file);
        if (expected == null) {
            return;
        }
        ExpectedJson dialect = suite.equals(FEED_RS)
                ? ExpectedJson.FEED_RS
                : relative.startsWith("parser/rss/")
                        ? ExpectedJson.GOFEED_RSS
                        : relative.startsWith("parser/atom/")
                                ? ExpectedJson.GOFEED_ATOM
                                : relative.startsWith("parser/json/")
                                        ? ExpectedJson.GOFEED_JSON
                                        : ExpectedJson.GOFEED_UNIVERSAL;
        JsonNode tree;
        try {
            tree = JSON.readTree(expected.toFile());
        } catch (IOException e) {
            report.problem(suite + "/" + relative + ": unreadable expectation " + e.getMessage());
            return;
        }
        report.agreement(suite + " " + dialect.name().toLowerCase(Locale.ROOT), dialect.compare(tree, parsed));
    }

    /** The expected-output file next to an input document, if the suite has one. */
    private static @Nullable Path expectedFor(String suite, Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        List<Path> candidates = suite.equals(FEED_RS)
                ? List.of(file.resolveSibling(stem + ".serde.json"))
                : name.endsWith(".json")
                        ? List.of(file.resolveSibling(stem + "_expected.json"))
                        : List.of(file.resolveSibling(stem + ".json"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** The suite's input documents: every data file except licences, notes and expected-output files. */
    static List<Path> documents(String suite, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> isInput(suite, f))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isInput(String suite, Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.startsWith("license") || lower.equals("notice") || lower.startsWith(".")) {
            return false;
        }
        if (suite.equals(FEED_RS)) {
            return !lower.endsWith(".serde.json");
        }
        if (suite.equals(GOFEED) && lower.endsWith(".json")) {
            String stem = name.substring(0, name.length() - ".json".length());
            return !lower.endsWith("_expected.json") && !Files.exists(file.resolveSibling(stem + ".xml"));
        }
        return true;
    }

    /** The first bytes of a document as text, decoded by its byte order mark or its zero-byte pattern. */
    static String head(byte[] body) {
        int n = Math.min(body.length, 4096);
        Charset charset = StandardCharsets.UTF_8;
        if (n >= 4) {
            int b0 = body[0] & 0xff, b1 = body[1] & 0xff, b2 = body[2] & 0xff, b3 = body[3] & 0xff;
            if (b0 == 0 && b1 == 0 && (b2 == 0xfe || b2 == 0)
                    || b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0
                    || b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0) {
                charset = Charset.forName(b0 == 0 ? "UTF-32BE" : "UTF-32LE");
            } else if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 == '<') {
                charset = StandardCharsets.UTF_16BE;
            } else if (b0 == 0xff && b1 == 0xfe || b0 == '<' && b1 == 0) {
                charset = StandardCharsets.UTF_16LE;
            }
        }
        return new String(body, 0, n, charset).replace("\uFEFF", "");
    }

    /** The value of an HTTP header that a test declares in a {@code Header: Name: value} line. */
    static @Nullable String header(String head, String name) {
        Matcher m = Pattern.compile(
                        "(?m)^\\s*Header:\\s*" + Pattern.quote(name) + ":\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE)
                .matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** How parsing one document ended. */
    enum Outcome {
        PARSED,
        TYPED_FAILURE,
        OTHER_ERROR,
        HUNG
    }

    /** The result of checking one {@code Expect:} expression. */
    enum Verdict {
        /** It holds, comparing titles and bodies as normalised HTML. */
        PASSED,
        /** It holds only when titles and bodies are compared by their visible text. */
        PASSED_AS_TEXT,
        FAILED,
        NOT_APPLICABLE
    }
}
