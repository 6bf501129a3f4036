package org.broadsheet.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.text.Names;

/**
 * Turns a text into the terms clustering compares, chosen to survive translation between English, German and
 * French: words are folded (lower case, no accents) and cut to their first {@value #PREFIX} letters, a crude stemmer
 * that also joins many cognates ("battery"/"Batterie", "minister"/"ministre"); numbers lose their group separators so
 * that "130,000", "130.000" and "130 000" agree; function words of the three languages ({@link Names}' stop words) are
 * dropped.
 *
 * <p>Names count more: a word of a name {@link Names} finds that does not start a sentence (or an acronym) is marked as
 * a name, and names and numbers are what two reports of one event share across languages.
 */
final class Terms {
    static final int PREFIX = 6;

    private static final Pattern TOKEN =
            Pattern.compile("\\p{N}+(?:[.,\\u00a0\\u202f ]\\p{N}{3})*(?:[.,]\\p{N}+)?|\\p{L}+(?:[’'-]\\p{L}+)*|[.!?:]");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^\\p{N}]");

    /** What one token is. */
    enum Kind {
        WORD,
        NAME,
        NUMBER
    }

    /** Receives each term of a text once per occurrence. */
    interface Sink {
        void accept(String term, Kind kind);
    }

    private Terms() {}

    /** Calls {@code sink} for each term of {@code text}, in order. */
    static void scan(String text, Sink sink) {
        List<Names.Name> names = Names.find(text);
        int nextName = 0;
        Matcher m = TOKEN.matcher(text);
        boolean sentenceStart = true;
        while (m.find()) {
            String token = m.group();
            char first = token.charAt(0);
            if (token.length() == 1 && ".!?:".indexOf(first) >= 0) {
                sentenceStart = true;
                continue;
            }
            if (Character.isDigit(first)) {
                String digits = NOT_DIGIT.matcher(token).replaceAll("");
                if (digits.length() >= 2 && !digits.chars().allMatch(c -> c == '0')) {
                    sink.accept(digits, Kind.NUMBER);
                }
                sentenceStart = false;
                continue;
            }
            String folded = Exonyms.canonical(Names.fold(token));
            while (nextName < names.size() && names.get(nextName).end() <= m.start()) {
                nextName++;
            }
            boolean inName = nextName < names.size() && names.get(nextName).start() <= m.start();
            boolean acronym = token.length() >= 2 && token.chars().allMatch(Character::isUpperCase);
            if (folded.length() >= 3 && !Names.isStopWord(folded)) {
                // A sentence's first word is capitalised whatever it is: only a name that does not open one counts.
                boolean name = acronym || (inName && Character.isUpperCase(first) && !sentenceStart);
                String term = folded.length() > PREFIX ? folded.substring(0, PREFIX) : folded;
                sink.accept(term, name ? Kind.NAME : Kind.WORD);
            }
            sentenceStart = false;
        }
    }

    /** Term counts of {@code text}: how often each term occurs, and which terms occurred as names or numbers. */
    static Map<String, Count> count(String text) {
        Map<String, Count> counts = new HashMap<>();
        scan(
                text,
                (term, kind) -> counts.computeIfAbsent(term, t -> new Count()).add(kind));
        return counts;
    }

    /** Occurrences of one term, and whether any was a name or number. */
    static final class Count {
        int n;
        boolean name;

        void add(Kind kind) {
            n++;
            name |= kind != Kind.WORD;
        }
    }
}
