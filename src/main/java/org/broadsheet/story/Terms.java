package org.broadsheet.story;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a text into the terms clustering compares, chosen to survive translation between English, German and
 * French: words are folded (lower case, no accents) and cut to their first {@value #PREFIX} letters, a crude stemmer
 * that also joins many cognates ("battery"/"Batterie", "minister"/"ministre"); numbers lose their group separators so
 * that "130,000", "130.000" and "130 000" agree; function words of the three languages are dropped.
 *
 * <p>Names count more: a capitalised word that does not start a sentence (or an acronym) is marked as a name, and
 * names and numbers are what two reports of one event share across languages.
 */
final class Terms {
    static final int PREFIX = 6;

    private static final Pattern TOKEN =
            Pattern.compile("\\p{N}+(?:[.,\\u00a0\\u202f ]\\p{N}{3})*(?:[.,]\\p{N}+)?|\\p{L}+(?:[’'-]\\p{L}+)*|[.!?:]");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^\\p{N}]");
    private static final Pattern JOINERS = Pattern.compile("[’'-]");

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
            String folded = Exonyms.canonical(fold(token));
            boolean capital = Character.isUpperCase(first);
            boolean acronym = token.length() >= 2 && token.chars().allMatch(Character::isUpperCase);
            if (folded.length() >= 3 && !Stopwords.contains(folded)) {
                boolean name = acronym || (capital && !sentenceStart);
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

    /** Lower case without accents; "ß" becomes "ss" and apostrophes and hyphens go, so spellings agree. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return lower;
        }
        lower = lower.replace("ß", "ss");
        String stripped = ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
        return JOINERS.matcher(stripped).replaceAll("");
    }

    /** Function words of English, German and French, folded. */
    private static final class Stopwords {
        private static final Set<String> WORDS =
                Set.copyOf(Arrays.asList(("the and for are but not you all any can had her was one our"
                                + " out has have him his how its may new now old see two way who did get let put say she too use"
                                + " that with this from they will would there their what about which when make like time just"
                                + " know take into year your some could them than then these also after first well even want"
                                + " because most over such being been were said says more other only where while those through"
                                + " before should between under since until again against during each both very much many here"
                                + " still three four five last next today yesterday tomorrow monday tuesday wednesday thursday"
                                + " friday saturday sunday morning evening night week month told according percent per cent"
                                + " der die das den dem des ein eine einen einem einer eines und oder aber auch auf aus bei"
                                + " mit nach von vor zum zur fur uber unter ist sind war waren wird werden wurde wurden hat"
                                + " haben hatte nicht noch nur schon sehr mehr wie was wer wenn dass als sich sie ihr ihre"
                                + " seine sein wir man bis durch gegen ohne seit dies diese dieser dieses jetzt heute gestern"
                                + " morgen immer einem zwei drei vier funf prozent sagte sagt laut bereits sowie etwa rund"
                                + " les des une dans par pour sur avec sans sous chez est sont etait ont avait sera qui que quoi"
                                + " dont plus moins tres tout tous toute toutes mais donc car pas elle elles ils lui leur leurs"
                                + " nous vous ses son cette ces cet aux apres avant entre depuis selon aussi deux trois quatre"
                                + " cinq hier aujourdhui demain fait faire encore deja lors ainsi alors comme pourcent affirme")
                        .split(" ")));

        static boolean contains(String folded) {
            return WORDS.contains(folded);
        }
    }
}
