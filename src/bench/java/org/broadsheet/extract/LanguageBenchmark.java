package org.broadsheet.extract;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Scores language detection on pages labelled with their language: how often the model alone names it (from the
 * extracted text, ignoring what the page declares), and how often the language the extractor reports (declaration
 * and detection reconciled) does.
 */
public final class LanguageBenchmark {
    private LanguageBenchmark() {}

    /** One page and its true language, an ISO 639-1 code. */
    public record Labelled(String name, String html, String language) {}

    /**
     * The scores on one corpus.
     *
     * @param answered pages on which the model gave an answer (the text was long enough)
     * @param detectedRight pages whose detection is the label
     * @param reportedRight pages whose reported language (declared or detected) is the label
     * @param misses one line per page where the detection or the report disagrees with the label
     */
    public record Score(int pages, int answered, int detectedRight, int reportedRight, List<String> misses) {
        /** The detector's accuracy over all pages (a page too short to detect counts as wrong). */
        public double detectionAccuracy() {
            return pages == 0 ? 0 : (double) detectedRight / pages;
        }

        /** The accuracy of the language the extractor reports. */
        public double reportedAccuracy() {
            return pages == 0 ? 0 : (double) reportedRight / pages;
        }
    }

    /** Extracts each page (at {@code url}) and compares its detected and reported languages with the label. */
    public static Score run(List<Labelled> pages, URI url) {
        Objects.requireNonNull(pages, "pages");
        ArticleExtractor extractor = new ArticleExtractor(Duration.ofMinutes(1));
        int answered = 0, detectedRight = 0, reportedRight = 0;
        List<String> misses = new ArrayList<>();
        for (Labelled page : pages) {
            String label = page.language().toLowerCase(Locale.ROOT);
            ExtractedArticle article;
            try {
                article = extractor.extract(page.html(), url);
            } catch (ExtractionException e) {
                misses.add(page.name() + ": " + e.code());
                continue;
            }
            LanguageDetection.Guess guess = LanguageDetection.detect(article.text());
            answered += guess == null ? 0 : 1;
            boolean detected = guess != null && guess.code().equals(label);
            boolean reported = label.equals(article.language());
            detectedRight += detected ? 1 : 0;
            reportedRight += reported ? 1 : 0;
            if (!detected || !reported) {
                misses.add(String.format(
                        Locale.ROOT,
                        "%s: label %s, detected %s, reported %s",
                        page.name(),
                        label,
                        guess == null ? "-" : guess.code() + String.format(Locale.ROOT, " (%.2f)", guess.confidence()),
                        article.language()));
            }
        }
        return new Score(pages.size(), answered, detectedRight, reportedRight, List.copyOf(misses));
    }
}
