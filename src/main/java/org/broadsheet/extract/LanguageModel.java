package org.broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import opennlp.tools.langdetect.DefaultLanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Apache OpenNLP's 103-language model ({@code langdetect-183.bin}, 10 MB, read once per process), asked the way
 * OpenNLP's {@code LanguageDetectorME} asks it, with cheaper features. That detector lower-cases the text into a
 * buffer, keys every character 1-, 2- and 3-gram by a buffer view in two hash maps, and only then gives the distinct
 * n-grams to the model; here they are plain strings in one set. The features (the distinct n-grams of the
 * normalised, lower-cased text, each worth 1) and the model are the same, so are the probabilities, but for the
 * order in which the model adds up its weights (a difference in the last bits). Immutable and safe to share.
 */
final class LanguageModel {
    /** The n-gram lengths and text normalisers of OpenNLP's default language detector factory. */
    private static final int MIN_GRAM = 1;

    private static final int MAX_GRAM = 3;
    private static final CharSequenceNormalizer EMOJI = EmojiCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer NUMBER = NumberCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();

    private final MaxentModel model;

    private LanguageModel(MaxentModel model) {
        this.model = model;
    }

    /** Reads the bundled model; fails if it asks for features other than those of the default factory. */
    static LanguageModel read() {
        try (InputStream in = LanguageModel.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin is missing from the class path");
            }
            LanguageDetectorModel model = new LanguageDetectorModel(in);
            if (model.getFactory().getContextGenerator().getClass() != DefaultLanguageDetectorContextGenerator.class) {
                throw new IllegalStateException("the language model asks for features this reader does not make");
            }
            return new LanguageModel(model.getMaxentModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model", e);
        }
    }

    /** The model's languages (ISO 639-3 and a few macrolanguage codes), in the order of {@link #probabilities}. */
    String language(int index) {
        return model.getOutcome(index);
    }

    /** The model's probability for each of its languages on {@code text}. */
    double[] probabilities(CharSequence text) {
        String[] features = features(text);
        float[] values = new float[features.length];
        Arrays.fill(values, 1f);
        return model.eval(features, values);
    }

    /** The distinct 1- to 3-character n-grams of the normalised text, lower-cased code point by code point. */
    static String[] features(CharSequence text) {
        String lower = lowerCase(normalise(text));
        Set<String> grams = new HashSet<>(lower.length() * 4);
        for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= lower.length(); i++) {
                grams.add(lower.substring(i, i + n));
            }
        }
        return grams.toArray(String[]::new);
    }

    /**
     * Applies the default factory's normalisers in its order, each a few regular expressions over the text, skipping
     * those that cannot match: URLs need "http" and e-mail addresses an "@", numbers a digit.
     */
    static CharSequence normalise(CharSequence text) {
        CharSequence out = EMOJI.normalize(text);
        String plain = out.toString();
        if (plain.contains("http") || plain.indexOf('@') >= 0) {
            out = URL.normalize(out);
        }
        out = TWITTER.normalize(out);
        if (hasDigit(out)) {
            out = NUMBER.normalize(out);
        }
        return SHRINK.normalize(out);
    }

    /** True when {@code text} has a character of {@code \d}, which without flags is an ASCII digit. */
    private static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases as OpenNLP's detector does: each code point on its own, with {@link Character#toLowerCase(int)}. */
    private static String lowerCase(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }
}
