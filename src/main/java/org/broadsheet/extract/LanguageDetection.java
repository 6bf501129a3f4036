package org.broadsheet.extract;

import org.jspecify.annotations.Nullable;

/**
 * Detects the language of an article's text with Apache OpenNLP's 103-language model ({@code langdetect-183.bin},
 * 10 MB, loaded once per process), and settles it against what the page declares: a declaration the text bears out
 * ({@link DeclaredLanguage}) is kept without running the model, which is the larger part of the cost of extracting a
 * page, and so is a language the text leaves no doubt about on a page that declares none; otherwise the detection
 * wins when the page declares nothing, or declares another language while the detection is confident.
 */
final class LanguageDetection {
    /** Below this many characters of text the model guesses too often; the declaration is kept as it is. */
    static final int MIN_TEXT = 120;
    /**
     * The text sample given to the model: enough for a confident answer, cheap on long articles. The model's cost
     * grows with the sample; on the 198 pages of the Readability corpus and the demo, 1,000 characters give the same
     * language as 2,000 on every page, and no probability moves across the thresholds below; 600 give the same
     * reported language as 1,000 on the 130 Readability cases and the 61 demo pages (docs/benchmarks.md).
     */
    private static final int SAMPLE = 600;
    /** A detection overrides a page's declaration only above this probability... */
    private static final double OVERRIDE_CONFIDENCE = 0.5;
    /** ...and only when it is this many times as likely as the second guess. */
    private static final double OVERRIDE_MARGIN = 2.0;
    /** With no declaration, a detection is used above this probability. */
    private static final double FILL_CONFIDENCE = 0.2;

    private LanguageDetection() {}

    /** The model, read on first use; {@link ArticleExtractor}'s constructor touches it so no page pays for it. */
    static void load() {
        Model.LANGUAGES.getClass();
    }

    /** Returns the language to report for a page declaring {@code declared} (ISO 639-1 or null) with {@code text}. */
    static @Nullable String resolve(@Nullable String declared, String text) {
        if (declared != null && DeclaredLanguage.bornOut(declared, text)) {
            return declared;
        }
        String evident = declared == null ? DeclaredLanguage.evident(text) : null;
        if (evident != null) {
            return evident;
        }
        Guess guess = detect(text);
        if (guess == null) {
            return declared;
        }
        if (declared == null) {
            return guess.confidence() >= FILL_CONFIDENCE ? guess.code() : null;
        }
        boolean confident = guess.confidence() >= OVERRIDE_CONFIDENCE && guess.margin() >= OVERRIDE_MARGIN;
        return confident ? guess.code() : declared;
    }

    /** The model's best guess for {@code text} as an ISO 639-1 code, or null when the text is too short or unknown. */
    static @Nullable Guess detect(String text) {
        if (text.length() < MIN_TEXT) {
            return null;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        double[] probabilities = Model.LANGUAGES.probabilities(sample);
        // The most likely language (the first of equals, as a stable sort would rank them) and the runner-up.
        int best = -1;
        for (int i = 0; i < probabilities.length; i++) {
            best = best < 0 || probabilities[i] > probabilities[best] ? i : best;
        }
        if (best < 0) {
            return null;
        }
        String code = toIso6391(Model.LANGUAGES.language(best));
        if (code == null) {
            return null;
        }
        double second = 0;
        for (int i = 0; i < probabilities.length; i++) {
            second = i != best && probabilities[i] > second ? probabilities[i] : second;
        }
        double margin = second <= 0 ? Double.MAX_VALUE : probabilities[best] / second;
        return new Guess(code, probabilities[best], margin);
    }

    /** The model speaks ISO 639-3 and a few macrolanguage codes; articles are labelled with ISO 639-1. */
    private static @Nullable String toIso6391(String lang) {
        return switch (lang) {
            case "cmn" -> "zh";
            case "zlm" -> "ms";
            case "ind" -> "id";
            case "nob" -> "nb";
            case "nno" -> "nn";
            case "pes" -> "fa";
            case "swh" -> "sw";
            case "ekk" -> "et";
            case "lvs" -> "lv";
            case "azj" -> "az";
            case "uzn" -> "uz";
            default -> LanguageCodes.normalize(lang);
        };
    }

    /** One detection: the language, the model's probability for it, and how many times the runner-up's it is. */
    record Guess(String code, double confidence, double margin) {}

    private static final class Model {
        static final LanguageModel LANGUAGES = LanguageModel.read();
    }
}
