package org.broadsheet.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises short lines that describe the article rather than tell it: bylines and datelines ("By Jane Doe ·
 * Published 3 May 2024, 10:00 UTC", "Von Jana Muster · 3. Mai 2024", "Par Jean Dupont — publié le 3 mai"), ad labels
 * ("Advertisement", "Anzeige", "Publicité") and image credits ("Photo: Agency").
 */
final class MetaLines {
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
                    + "|januar|februar|märz|mai|juni|juli|august|oktober|dezember)[a-zä]*\\.?\\s+\\d{1,2}"
                    + "|\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai"
                    + "|janv|févr|mars|avr|juin|juil|août|sept|déc)"
                    + "|updated|published|aktualisiert|veröffentlicht|publié|mis à jour)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BY_WORD = Pattern.compile("(?i:by|von|par|por|door|di)\\s+");
    private static final Pattern BYLINE_START = Pattern.compile("^(?i:by|von|par|por|door|di)\\s+\\p{Lu}");
    /** "By" and up to four capitalised words after it: the author's name when the page's metadata lacks it. */
    private static final Pattern BYLINE_NAME =
            Pattern.compile("^(?i:by|von|par|por|door|di)\\s+(?:\\p{Lu}[\\p{L}'.\\-]*\\s*){1,4}");
    /** Words a byline or dateline is made of, besides names and numbers: labels, months, days, zones. */
    private static final Set<String> FURNITURE = Set.of(
            "by",
            "von",
            "par",
            "por",
            "door",
            "di",
            "and",
            "und",
            "et",
            "y",
            "with",
            "mit",
            "avec",
            "published",
            "updated",
            "posted",
            "modified",
            "last",
            "on",
            "at",
            "first",
            "edited",
            "veröffentlicht",
            "aktualisiert",
            "zuletzt",
            "am",
            "um",
            "uhr",
            "stand",
            "publié",
            "publiée",
            "mis",
            "mise",
            "à",
            "jour",
            "le",
            "modifié",
            "h",
            "utc",
            "gmt",
            "cet",
            "cest",
            "est",
            "edt",
            "cst",
            "cdt",
            "pst",
            "pdt",
            "bst",
            "ist",
            "aest",
            "aedt",
            "pm",
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "januar",
            "februar",
            "märz",
            "juni",
            "juli",
            "oktober",
            "dezember",
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
            "janv",
            "févr",
            "avr",
            "juil",
            "déc",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche");

    private static final Pattern NUMBERISH = Pattern.compile("\\d+(?:st|nd|rd|th|er|e|h\\d*)?");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern AD_LABEL = Pattern.compile(
            "(?i)(?:advertisement|advertising|advert|sponsored|anzeige|werbung|publicité|pub|annonce|publicidad"
                    + "|pubblicità|reklame|advertentie)\\s*[:\\-–—]?");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:©|\\(c\\)|(?:photo|photograph|picture|image|illustration|graphic|credit|foto|bild|grafik"
                    + "|crédit|crédits)s?\\s*:)\\s*(\\S+(?:\\s+\\S+){0,4})$");

    private MetaLines() {}

    /**
     * True when {@code text} is a byline, a dateline or both: a short line whose words, once the {@code byline}
     * (the page's author, when known) is taken out, are labels, dates and times, with at most a few left over.
     */
    static boolean isBylineOrDate(String text, @Nullable String byline) {
        if (text.length() > 200) {
            return false;
        }
        if (byline != null && text.contains(byline) && text.length() < byline.length() + 60) {
            return true;
        }
        if (byline != null && startsWithByThen(text, byline)) {
            // "By Jane Doe, Senior Technologist, Privacy Project": the author's line, however long her title.
            return true;
        }
        if (BYLINE_START.matcher(text).find() && text.length() < 80
                || text.length() < 60 && DATE_LINE.matcher(text).find()) {
            return true;
        }
        boolean namesAuthor = byline != null && text.contains(byline);
        if (!namesAuthor && !DATE_LINE.matcher(text).find()) {
            return false;
        }
        String rest = namesAuthor
                ? text.replace(byline, " ")
                : BYLINE_NAME.matcher(text).replaceFirst(" ");
        return leftoverWords(rest) <= (namesAuthor ? 3 : 1);
    }

    private static boolean startsWithByThen(String text, String byline) {
        Matcher by = BY_WORD.matcher(text);
        return by.lookingAt() && text.startsWith(byline, by.end());
    }

    /** True when {@code text} is nothing but an ad slot's label. */
    static boolean isAdLabel(String text) {
        return text.length() < 30 && AD_LABEL.matcher(text.strip()).matches();
    }

    /** True when a caption is only a credit line ("Illustration: The Daily", "© Agency"), not a description. */
    static boolean isCredit(String caption) {
        return caption.length() < 80 && CREDIT.matcher(caption.strip()).matches();
    }

    private static int leftoverWords(String text) {
        int leftover = 0;
        for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()
                    && !FURNITURE.contains(word)
                    && !NUMBERISH.matcher(word).matches()) {
                leftover++;
            }
        }
        return leftover;
    }
}
