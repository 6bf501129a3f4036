package org.broadsheet.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Compares the metadata Broadsheet extracts (title, byline, excerpt, published time) with the values a corpus case
 * expects in its {@code expected-metadata.json} (the layout of Mozilla Readability's test pages). Two values agree
 * when they are equal once runs of whitespace are collapsed; published times agree when both name the same second.
 * Only cases that expect a value are counted.
 */
public final class MetadataAgreement {
    /** The fields compared, in the order reported, with how each is read from an extracted article. */
    private static final Map<String, Function<ExtractedArticle, @Nullable String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", ExtractedArticle::title);
        FIELDS.put("byline", ExtractedArticle::byline);
        FIELDS.put("excerpt", ExtractedArticle::excerpt);
        FIELDS.put(
                "publishedTime",
                a -> a.published() == null ? null : a.published().toString());
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One field's agreement over a corpus.
     *
     * @param field the key in {@code expected-metadata.json}
     * @param agreed cases where the extracted value agrees with the expected one
     * @param compared cases that expect a value
     * @param misses one line per disagreement: the case, the expected value and the extracted one
     */
    public record Field(String field, int agreed, int compared, List<String> misses) {
        /** The share of compared cases that agree; 1 when none were compared (the table prints "-" then). */
        public double share() {
            return compared == 0 ? 1 : (double) agreed / compared;
        }
    }

    private final Map<String, Counter> counters = new LinkedHashMap<>();

    /** Creates an empty tally; add each case with {@link #add}. */
    public MetadataAgreement() {
        FIELDS.keySet().forEach(f -> counters.put(f, new Counter()));
    }

    /**
     * Reads the {@code expected-metadata.json} of case {@code name} under {@code corpus}; empty when the file is
     * missing.
     */
    public static JsonNode expected(Path corpus, String name) throws IOException {
        Path file = corpus.resolve(name).resolve("expected-metadata.json");
        return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    }

    /**
     * Extracts every page of {@code pages} with a generous time budget, so that a busy machine cannot change the
     * result, and tallies its metadata against each page's expectations.
     */
    public static MetadataAgreement measure(List<ExtractionBenchmark.Page> pages) {
        ArticleExtractor extractor = new ArticleExtractor(Duration.ofSeconds(60));
        MetadataAgreement agreement = new MetadataAgreement();
        for (ExtractionBenchmark.Page page : pages) {
            ExtractedArticle article;
            try {
                article = extractor.extract(page.html(), page.url());
            } catch (ExtractionException e) {
                article = null;
            }
            agreement.add(page.name(), article, page.metadata());
        }
        return agreement;
    }

    /** Tallies case {@code name}: what the extractor returned (null when it failed) against {@code expected}. */
    public void add(String name, @Nullable ExtractedArticle article, JsonNode expected) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
        for (Map.Entry<String, Function<ExtractedArticle, @Nullable String>> field : FIELDS.entrySet()) {
            JsonNode node = expected.get(field.getKey());
            if (node == null || !node.isTextual() || node.asText().isBlank()) {
                continue;
            }
            String want = node.asText();
            String got = article == null ? null : field.getValue().apply(article);
            Counter counter = counters.get(field.getKey());
            counter.compared++;
            if (agrees(field.getKey(), want, got)) {
                counter.agreed++;
            } else {
                counter.misses.add(name + ": expected «" + normalise(want) + "» got «"
                        + (got == null ? "nothing" : normalise(got)) + "»");
            }
        }
    }

    /** The tally per field, in report order. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        counters.forEach((name, c) -> fields.add(new Field(name, c.agreed, c.compared, List.copyOf(c.misses))));
        return fields;
    }

    /** The tally as a Markdown table: field | agreed | compared | agreement ("-" when no case expects the field). */
    public String table() {
        StringBuilder out =
                new StringBuilder("| field | agreed | compared | agreement |\n| --- | ---: | ---: | ---: |\n");
        for (Field f : fields()) {
            String share = f.compared() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", f.share());
            out.append(
                    String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", f.field(), f.agreed(), f.compared(), share));
        }
        return out.toString();
    }

    /** True when {@code actual} agrees with {@code expected} for {@code field} (see the class comment). */
    static boolean agrees(String field, String expected, @Nullable String actual) {
        if (actual == null) {
            return false;
        }
        if (field.equals("publishedTime")) {
            Instant want = DateParser.parse(expected);
            Instant got = DateParser.parse(actual);
            if (want != null && got != null) {
                return want.truncatedTo(ChronoUnit.SECONDS).equals(got.truncatedTo(ChronoUnit.SECONDS));
            }
        }
        return normalise(expected).equals(normalise(actual));
    }

    private static String normalise(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static final class Counter {
        int agreed;
        int compared;
        final List<String> misses = new ArrayList<>();
    }
}
