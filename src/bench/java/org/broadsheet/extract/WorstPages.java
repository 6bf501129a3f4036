package org.broadsheet.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The pages on which an extractor's precision is lowest, each with the lines of its text that the expected text
 * leaves out, so that what it keeps wrongly can be read (and the recall, so that a page it got wrong altogether shows).
 */
public final class WorstPages {
    /** Lines sharing fewer of their shingles with the expected text than this are listed as kept wrongly. */
    private static final double KEPT_WRONGLY_BELOW = 0.5;

    private static final int LINE_CHARS = 160;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * One page's score.
     *
     * @param keptWrongly lines of the extracted text (paragraphs) that are mostly not in the expected text, each cut
     *     to 160 characters
     */
    public record Page(String name, URI url, double precision, double recall, List<String> keptWrongly) {}

    private WorstPages() {}

    /** Extracts every page with {@code extractor} and returns the {@code n} pages of lowest precision, lowest first. */
    public static List<Page> of(ExtractorUnderTest extractor, List<ExtractionBenchmark.Page> pages, int n) {
        Objects.requireNonNull(extractor, "extractor");
        record Scored(ExtractionBenchmark.Page page, String text, ShingleScore score) {}
        List<Scored> scored = new ArrayList<>();
        for (ExtractionBenchmark.Page page : pages) {
            String text = ExtractionBenchmark.extract(extractor, page).text();
            scored.add(new Scored(page, text, ShingleScore.of(text, page.expected())));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.score().precision())
                .thenComparing(s -> s.page().name()));
        List<Page> worst = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(n, scored.size()))) {
            worst.add(new Page(
                    s.page().name(),
                    s.page().url(),
                    s.score().precision(),
                    s.score().recall(),
                    keptWrongly(s.text(), s.page().expected())));
        }
        return worst;
    }

    /** The lines of {@code text} that are mostly absent from {@code expected}. */
    static List<String> keptWrongly(String text, String expected) {
        String expectedWords = words(expected);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String words = words(line);
            if (words.isEmpty()) {
                continue;
            }
            // Lines under four words make no shingle of their own: they count as kept when their words appear as is.
            boolean missing = words.split(" ").length < 4
                    ? !(" " + expectedWords + " ").contains(" " + words + " ")
                    : ShingleScore.of(line, expected).precision() < KEPT_WRONGLY_BELOW;
            if (missing) {
                String shown = SPACES.matcher(line).replaceAll(" ").strip();
                lines.add(shown.length() > LINE_CHARS ? shown.substring(0, LINE_CHARS) + "…" : shown);
            }
        }
        return lines;
    }

    /** The page's scores and kept lines as Markdown-friendly text, one page per block. */
    public static String report(List<Page> worst) {
        StringBuilder out = new StringBuilder();
        for (Page p : worst) {
            out.append(String.format(
                    Locale.ROOT,
                    "- %s (%s): precision %.3f, recall %.3f%n",
                    p.name(),
                    p.url(),
                    p.precision(),
                    p.recall()));
            for (String line : p.keptWrongly()) {
                out.append("    kept: ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String words(String text) {
        return NON_WORD.matcher(text).replaceAll(" ").strip();
    }
}
