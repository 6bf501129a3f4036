package org.broadsheet.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of names in news text: runs of capitalised words ("Storm Ilse", "European Central Bank", "Banque de
 * France") in any Latin-script language, less the function words of English, German and French that open sentences or
 * stand for no one ("The", "After", "Monday", "Laut"). The same stop words serve anyone who drops function words.
 */
public final class Names {
    // A run of capitalised words, allowing short linking words inside.
    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}’'\\-]*(?:\\s+(?:(?:of|de|du|des|la|le|van|von|der|den|di|da)\\s+)?\\p{Lu}[\\p{L}\\p{M}’'\\-]*)*");
    private static final Pattern TRAILING_JOINERS = Pattern.compile("[’'\\-]+$");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINERS = Pattern.compile("[’'-]");

    /**
     * Function words of English, German and French, folded ({@link #fold}), and capitalised words that name no one:
     * weekdays, words of reporting ("said", "according"), photo captions.
     */
    private static final Set<String> STOP_WORDS =
            Set.copyOf(Arrays.asList(("""
            a an as at i if in it of on or to we the and for are but not you all any can had her was one our out has
            have him his how its may new now old see two way who did get let put say she too use that with this from
            they will would there their what about which when make like time just know take into year your some could
            them than then these also after first well even want because most over such being been were said says more
            other only where while those through before should between under since until again against during each both
            very much many here still three four five last next today yesterday tomorrow morning evening night week
            month told according percent per cent why mr mrs ms dr photo image read
            monday tuesday wednesday thursday friday saturday sunday
            am im er es ich der die das den dem des ein eine einen einem einer eines und oder aber auch auf aus bei mit
            nach von vor zum zur fur uber unter ist sind war waren wird werden wurde wurden hat haben hatte nicht noch
            nur schon sehr mehr wie was wer wenn dass als sich sie ihr ihre seine sein wir man bis durch gegen ohne seit
            dies diese dieser dieses jetzt heute gestern morgen immer zwei drei vier funf prozent sagte sagt laut
            bereits sowie etwa rund montag dienstag mittwoch donnerstag freitag samstag sonntag
            ce de du en et il la le on un les des une dans par pour sur avec sans sous chez est sont etait ont avait
            sera qui que quoi dont plus moins tres tout tous toute toutes mais donc car pas elle elles ils lui leur
            leurs nous vous ses son cette ces cet aux apres avant entre depuis selon aussi deux trois quatre cinq hier
            aujourdhui demain fait faire encore deja lors ainsi alors comme pourcent affirme
            lundi mardi mercredi jeudi vendredi samedi dimanche""").strip().split("\\s+")));

    /** A name found in a text: where it stands ({@code start} inclusive, {@code end} exclusive) and how it is written. */
    public record Name(int start, int end, String text) {}

    private Names() {}

    /**
     * The names in {@code text}, in order: each run of capitalised words without the stop words that open it, unless
     * nothing but a stop word or a single letter is left.
     */
    public static List<Name> find(String text) {
        List<Name> names = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            int start = m.start();
            String run = TRAILING_JOINERS.matcher(m.group()).replaceFirst("");
            // "The European Central Bank" -> "European Central Bank": a sentence's first word is often no name.
            int space;
            while ((space = run.indexOf(' ')) >= 0 && isStopWord(run.substring(0, space))) {
                String rest = run.substring(space + 1);
                String stripped = rest.strip();
                start += space + 1 + (rest.length() - rest.stripLeading().length());
                run = stripped;
            }
            if (run.length() >= 2 && !isStopWord(run)) {
                names.add(new Name(start, start + run.length(), run));
            }
        }
        return names;
    }

    /** Whether {@code word}, in any case and with or without accents, is one of the stop words. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(fold(word));
    }

    /** Lower case without accents; "ß" becomes "ss" and apostrophes and hyphens go, so spellings agree. */
    public static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return lower;
        }
        lower = lower.replace("ß", "ss");
        String stripped = ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
        return JOINERS.matcher(stripped).replaceAll("");
    }
}
