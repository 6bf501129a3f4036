package org.broadsheet.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks cheaply whether an article's text bears out the language its page declares, so that the language model
 * need not run. Pages usually declare their language rightly, but templates also declare the site's default on every
 * page; a declaration is trusted only when the text agrees. For a language with a script of its own (Greek,
 * Cyrillic, Han, Hangul...) the text must be written in it; for a language in the Latin alphabet, the common words of
 * {@code common-words.txt} must make up a good share of the text's first words, more than any other listed
 * language's. Anything else (a Latin-alphabet language without a list, a mixed or short text) is left to the model.
 * The word lists also name the language of a page that declares none, when the text leaves only one answer.
 */
final class DeclaredLanguage {
    /** Only this many characters from the start of the text are read. */
    static final int SAMPLE = 1_000;
    /** The words counted, at most; fewer than {@link #MIN_WORDS} is too little evidence. */
    private static final int MAX_WORDS = 100;

    private static final int MIN_WORDS = 20;
    /** The declared language's words make up at least this share of the words read... */
    private static final double MIN_SHARE = 0.2;
    /** ...and at least this many times the share of any other listed language's words. */
    private static final double MIN_MARGIN = 1.2;
    /** The share of letters that must be in the declared language's own script. */
    private static final double MIN_SCRIPT_SHARE = 0.8;

    private static final Map<String, UnicodeScript> SCRIPTS = scripts();

    private static final CommonWords WORDS = CommonWords.read();

    private DeclaredLanguage() {}

    /** True when {@code text} bears out {@code declared} (an ISO 639-1 code), judged from its first characters. */
    static boolean bornOut(String declared, String text) {
        if (text.length() < LanguageDetection.MIN_TEXT) {
            return false;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (declared.equals("ja") || declared.equals("zh")) {
            return hanText(sample, declared.equals("ja"));
        }
        UnicodeScript script = SCRIPTS.get(declared);
        if (script != null) {
            return scriptShare(sample, script) >= MIN_SCRIPT_SHARE;
        }
        int language = WORDS.index(declared);
        return language >= 0 && WORDS.favours(sample, language);
    }

    /**
     * The language {@code text} is evidently written in, for a page that declares none: the one listed Latin-alphabet
     * language whose common words the text favours as {@link #bornOut} asks, or null (a language written in another
     * script, a Latin-alphabet language without a list, close languages without a clear winner, a short text). Other
     * scripts are left to the model: several languages share most of them.
     */
    static @Nullable String evident(String text) {
        if (text.length() < LanguageDetection.MIN_TEXT) {
            return null;
        }
        int best = WORDS.favourite(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        return best < 0 ? null : WORDS.languages().get(best);
    }

    /** The share of the letters of {@code sample} written in {@code script}; 0 without letters. */
    private static double scriptShare(String sample, UnicodeScript script) {
        int letters = 0;
        int inScript = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                inScript += UnicodeScript.of(cp) == script ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) inScript / letters;
    }

    /**
     * Japanese and Chinese share the Han characters; Japanese text always mixes in kana (a tenth of its letters at
     * the least), Chinese text has none.
     */
    private static boolean hanText(String sample, boolean japanese) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                UnicodeScript script = UnicodeScript.of(cp);
                han += script == UnicodeScript.HAN ? 1 : 0;
                kana += script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA ? 1 : 0;
            }
        }
        if (letters == 0 || han + kana < MIN_SCRIPT_SHARE * letters) {
            return false;
        }
        return japanese ? kana >= 0.1 * letters : kana <= 0.01 * letters;
    }

    private static Map<String, UnicodeScript> scripts() {
        Map<String, UnicodeScript> map = new HashMap<>();
        for (String code : List.of("ru", "uk", "bg", "mk", "be", "kk", "ky", "mn", "tg")) {
            map.put(code, UnicodeScript.CYRILLIC);
        }
        for (String code : List.of("ar", "fa", "ur", "ps")) {
            map.put(code, UnicodeScript.ARABIC);
        }
        for (String code : List.of("hi", "mr", "ne")) {
            map.put(code, UnicodeScript.DEVANAGARI);
        }
        map.put("el", UnicodeScript.GREEK);
        map.put("he", UnicodeScript.HEBREW);
        map.put("yi", UnicodeScript.HEBREW);
        map.put("ko", UnicodeScript.HANGUL);
        map.put("th", UnicodeScript.THAI);
        map.put("bn", UnicodeScript.BENGALI);
        map.put("ka", UnicodeScript.GEORGIAN);
        map.put("hy", UnicodeScript.ARMENIAN);
        map.put("ta", UnicodeScript.TAMIL);
        map.put("te", UnicodeScript.TELUGU);
        map.put("kn", UnicodeScript.KANNADA);
        map.put("ml", UnicodeScript.MALAYALAM);
        map.put("gu", UnicodeScript.GUJARATI);
        map.put("pa", UnicodeScript.GURMUKHI);
        map.put("si", UnicodeScript.SINHALA);
        map.put("km", UnicodeScript.KHMER);
        map.put("lo", UnicodeScript.LAO);
        map.put("my", UnicodeScript.MYANMAR);
        map.put("am", UnicodeScript.ETHIOPIC);
        return Map.copyOf(map);
    }

    /** The word lists: for each word, a bit for each listed language it is common in. */
    private record CommonWords(List<String> languages, Map<String, Long> bits) {
        int index(String language) {
            return languages.indexOf(language);
        }

        /** True when {@code language}'s words are the largest share of the sample's first words, by a margin. */
        boolean favours(String sample, int language) {
            int[] hits = new int[languages.size() + 1];
            count(sample, hits);
            return wins(hits, language);
        }

        /** The index of the one language whose words the sample favours as {@link #favours} asks, or -1. */
        int favourite(String sample) {
            int[] hits = new int[languages.size() + 1];
            count(sample, hits);
            int best = 0;
            for (int language = 1; language < languages.size(); language++) {
                best = hits[language] > hits[best] ? language : best;
            }
            return wins(hits, best) ? best : -1;
        }

        /** Counts, for each language, the common words among the sample's first words; the total goes last. */
        private void count(String sample, int[] hits) {
            int words = 0;
            int i = 0;
            while (i < sample.length() && words < MAX_WORDS) {
                while (i < sample.length() && !Character.isLetter(sample.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < sample.length() && Character.isLetter(sample.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    break;
                }
                words++;
                Long in = bits.get(sample.substring(start, i).toLowerCase(Locale.ROOT));
                for (long b = in == null ? 0 : in; b != 0; b &= b - 1) {
                    hits[Long.numberOfTrailingZeros(b)]++;
                }
            }
            hits[languages.size()] = words;
        }

        private boolean wins(int[] hits, int language) {
            int words = hits[languages.size()];
            if (words < MIN_WORDS || hits[language] < MIN_SHARE * words) {
                return false;
            }
            for (int other = 0; other < languages.size(); other++) {
                if (other != language && hits[language] < MIN_MARGIN * hits[other]) {
                    return false;
                }
            }
            return true;
        }

        static CommonWords read() {
            List<String> languages = new ArrayList<>();
            Map<String, Long> bits = new HashMap<>();
            try (InputStream in = DeclaredLanguage.class.getResourceAsStream("/extract/common-words.txt")) {
                if (in == null) {
                    throw new IllegalStateException("extract/common-words.txt is missing from the class path");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int colon = line.indexOf(':');
                    if (line.startsWith("#") || colon < 0) {
                        continue;
                    }
                    long bit = 1L << languages.size();
                    languages.add(line.substring(0, colon).strip());
                    for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                        bits.merge(word, bit, (a, b) -> a | b);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read extract/common-words.txt", e);
            }
            if (languages.size() > Long.SIZE) {
                throw new IllegalStateException("common-words.txt lists more than 64 languages");
            }
            return new CommonWords(List.copyOf(languages), Map.copyOf(bits));
        }
    }
}
