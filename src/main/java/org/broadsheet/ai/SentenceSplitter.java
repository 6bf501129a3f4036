package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain article text (paragraphs separated by blank lines) into sentences.
 *
 * <p>A sentence ends at {@code .}, {@code !}, {@code ?} or an ellipsis, with any closing quotes or brackets, when white
 * space and a capital letter, digit or opening quote follow. A full stop after a title or other abbreviation ("Dr.",
 * "Jan. 5", "e.g."), or after an initial ("J. Smith"), does not end one; one after an abbreviation that may also end a
 * sentence ("Inc.", "U.S.") does when the next word usually starts a sentence. Nor does one after a German ordinal
 * ("am 3. Oktober", "im 19. Jahrhundert"). Decimals ("3.5") never split because no
 * white space follows their point. A paragraph break always ends a sentence.
 */
public final class SentenceSplitter {
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cpl", "rev",
            "hon", "mt", "ft", "fig", "no", "nos", "vs", "v", "cf", "eg", "e.g", "ie", "i.e", "approx", "est", "dept",
            "univ", "ave", "blvd", "rd", "supt", "insp", "det", "cllr", "adm", "maj", "brig", "cmdr", "pres", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "op", "vol", "pp", "p", "ch",
            "art", "sec", "al", "mme", "mlle", "m", "herr", "frau");
    private static final Set<String> MAYBE_FINAL = Set.of(
            "inc", "ltd", "co", "corp", "plc", "llc", "jr", "sr", "etc", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
            "d.c", "bros", "assn");
    private static final Set<String> STARTERS = Set.of(
            "the",
            "a",
            "an",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "you",
            "this",
            "that",
            "these",
            "those",
            "there",
            "but",
            "and",
            "in",
            "on",
            "at",
            "for",
            "as",
            "his",
            "her",
            "its",
            "their",
            "our",
            "after",
            "before",
            "when",
            "while",
            "if",
            "so",
            "some",
            "many",
            "most",
            "one",
            "two",
            "three",
            "officials",
            "police");

    /** German words before an ordinal ("am 3. Oktober", "im 19. Jahrhundert", "der 2. Platz"). */
    private static final Set<String> BEFORE_ORDINAL = Set.of(
            "am",
            "im",
            "vom",
            "zum",
            "zur",
            "bis",
            "ab",
            "seit",
            "der",
            "die",
            "das",
            "des",
            "dem",
            "den",
            "beim",
            "jeden",
            "jedem",
            "dieser",
            "diesem",
            "ihrem",
            "seinem",
            "ihr",
            "sein",
            "vor",
            "nach",
            "zwischen");

    /** German words after an ordinal: months and what is counted in order. */
    private static final Set<String> AFTER_ORDINAL = Set.of(
            "januar",
            "jänner",
            "februar",
            "märz",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "dezember",
            "jahrhundert",
            "jahrhunderts",
            "jahrtausend",
            "jahrestag",
            "geburtstag",
            "todestag",
            "platz",
            "stock",
            "etage",
            "runde",
            "spieltag",
            "mal",
            "klasse",
            "liga",
            "minute",
            "woche",
            "kalenderwoche",
            "lebensjahr",
            "amendment",
            "arrondissement",
            "bezirk",
            "parteitag",
            "sitzung");

    private SentenceSplitter() {}

    /** The sentences of {@code text}, numbered in order; blank paragraphs are skipped. */
    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (String block : text.split("\\n\\s*\\n")) {
            String p = block.replaceAll("\\s+", " ").strip();
            if (p.isEmpty()) {
                continue;
            }
            for (String s : splitParagraph(p)) {
                sentences.add(new Sentence(sentences.size(), paragraph, s));
            }
            paragraph++;
        }
        return sentences;
    }

    /** The sentences of one paragraph whose white space is already collapsed to single spaces. */
    static List<String> splitParagraph(String p) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && isTerminalPunctuation(p.charAt(end))) {
                end++;
            }
            while (end < n && isCloser(p.charAt(end))) {
                end++;
            }
            if (end >= n || p.charAt(end) != ' ' || end + 1 >= n) {
                i = end - 1;
                continue;
            }
            int next = end + 1;
            if (!startsSentence(p.charAt(next)) || (c == '.' && !endsAtPeriod(p, i, next))) {
                i = end - 1;
                continue;
            }
            out.add(p.substring(start, end).strip());
            start = next;
            i = end - 1;
        }
        String rest = p.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static boolean isTerminalPunctuation(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '"'
                || c == '“'
                || c == '‘'
                || c == '\''
                || c == '('
                || c == '['
                || c == '«'
                || c == '¿'
                || c == '¡';
    }

    /** Whether the full stop at {@code dot} ends a sentence, given the word that starts at {@code next}. */
    private static boolean endsAtPeriod(String p, int dot, int next) {
        int wordStart = dot;
        while (wordStart > 0 && p.charAt(wordStart - 1) != ' ' && !isOpener(p.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = p.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            // An initial, as in "J. R. Smith"; a lone capital ending a sentence ("Plan B.") is rare in news.
            return false;
        }
        if (TITLES.contains(word)) {
            return false;
        }
        if (isGermanOrdinal(p, wordStart, word, next)) {
            return false;
        }
        if (MAYBE_FINAL.contains(word) || isInitialism(word)) {
            return STARTERS.contains(nextWord(p, next));
        }
        return true;
    }

    /** "19." in "im 19. Jahrhundert" or "3." in "am 3. Oktober": a number with a full stop is an ordinal there. */
    private static boolean isGermanOrdinal(String p, int wordStart, String word, int next) {
        if (word.length() > 3 || !word.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return AFTER_ORDINAL.contains(nextWord(p, next)) || BEFORE_ORDINAL.contains(previousWord(p, wordStart));
    }

    private static String previousWord(String p, int wordStart) {
        int end = wordStart;
        while (end > 0 && p.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(p.charAt(start - 1))) {
            start--;
        }
        return p.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isOpener(char c) {
        return c == '(' || c == '"' || c == '“' || c == '‘' || c == '[';
    }

    /** "u.s", "a.m", "n.y.c": letters separated by full stops. */
    private static boolean isInitialism(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean letterPlace = i % 2 == 0;
            if (letterPlace ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    private static String nextWord(String p, int from) {
        int i = from;
        while (i < p.length() && !Character.isLetterOrDigit(p.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < p.length() && Character.isLetter(p.charAt(end))) {
            end++;
        }
        return p.substring(i, end).toLowerCase(Locale.ROOT);
    }
}
