package org.broadsheet.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Which sentences may become key points, and the light cleaning they get. */
final class KeyPointFilter {
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 70;
    /** "LONDON (Reuters) -", "SAN JOSE, California —", "(CNN) --", "Washington (AP) -": where and who, not what. */
    private static final Pattern DATELINE = Pattern.compile("^(?:"
            + "(?:[A-Z][A-Za-z .'-]{1,40}(?:,\\s*[A-Za-z .]{2,30})?\\s*)?"
            + "\\((?:CNN|AP|Reuters|AFP|UPI|dpa|Bloomberg|PA|AAP|CP|Xinhua|Sky News|BBC)\\)\\s*(?:[—–-]{1,2}\\s*)?"
            + "|[A-Z][A-Z .'-]{2,40}(?:,\\s*[A-Za-z0-9 .]{2,30})?(?:\\s*\\([^)]{1,40}\\))?\\s*[—–-]{1,2}\\s+)");
    /** A closing attribution, as in "..., police said on Friday." or "..., according to the ministry." */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            ",\\s+(?:according to [^,\"”]{3,60}|(?:[\\p{L}'’.-]+\\s+){1,6}(?:said|says|told [^,\"”]{2,30}|reported|announced)"
                    + "(?:\\s+(?:on|in|at|last|this)\\s+[\\p{L}0-9 ]{2,20})?)\\.$");

    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:!?])(?=\\s|$)");
    private static final Pattern BULLET = Pattern.compile("^(?:[•·*▪►-]|—)\\s+");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(?:read more|related|sign up|subscribe|click here|follow us|photo:|image:|pictured:|watch:|listen:|video:"
                    + "|scroll down|last updated|published:|updated:|by \\.|e-mail to a friend|share this|sorry we are not)"
                    + "|(?i)contributed to this report|(?:published|updated):\\s*\\.");

    private static final Pattern BYLINE =
            Pattern.compile("^By\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,4}(?:$|,|\\||for\\b|FOR\\b)");
    /**
     * A sentence that ends by announcing what follows ("Whitby said museums planning renovations should:", "The
     * changes include -") is a lead-in to a list or a quote, not a statement.
     */
    private static final Pattern LEAD_IN = Pattern.compile("[:;,–—-]\\s*$|\\.{3}\\s*$|…\\s*$");

    private static final Pattern QUOTE_OPENING = Pattern.compile("^[\"“‘«]");
    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|But|However|Still|Yet|Also|So|Then)\\b");

    private KeyPointFilter() {}

    /**
     * How well a sentence stands alone as a key point, from 0 to 1: direct speech is colour rather than fact, and a
     * sentence that opens by pointing back ("It was...", "But...") needs the one before it.
     */
    static double standalone(String sentence) {
        if (QUOTE_OPENING.matcher(sentence).find()) {
            return 0.6;
        }
        return LEANS_BACK.matcher(sentence).find() ? 0.8 : 1.0;
    }

    /**
     * The indexes of the sentences fit to be key points: complete statements of a reasonable length that are not chrome
     * (nor questions, nor lead-ins that end with a colon and need the list after them).
     */
    static List<Integer> candidates(List<Sentence> sentences) {
        List<Integer> fit = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = s.text();
            int words = text.split("\\s+").length;
            if (!s.isHeading()
                    && !BYLINE.matcher(text).find()
                    && wordsWithLetters(text) >= MIN_WORDS
                    && words <= MAX_WORDS
                    && !text.endsWith("?")
                    && !LEAD_IN.matcher(text).find()
                    && !BOILERPLATE.matcher(text).find()
                    && !continues(text)) {
                fit.add(s.index());
            }
        }
        if (fit.isEmpty()) {
            sentences.forEach(s -> fit.add(s.index()));
        }
        return fit;
    }

    /** Opens in lower case, as a fragment or the item of a list a lead-in began ("- consult visitors first"). */
    private static boolean continues(String text) {
        String bare = BULLET.matcher(text).replaceFirst("");
        return !bare.isEmpty() && Character.isLowerCase(bare.charAt(0));
    }

    private static int wordsWithLetters(String text) {
        int n = 0;
        for (String token : text.split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }

    /** {@code sentence} without a leading dateline ("LONDON —") or bullet. */
    static String clean(String sentence) {
        String s = BULLET.matcher(sentence).replaceFirst("");
        s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1");
        s = DATELINE.matcher(s).replaceFirst("");
        java.util.regex.Matcher attribution = ATTRIBUTION.matcher(s);
        if (attribution.find() && s.substring(0, attribution.start()).split("\\s+").length >= MIN_WORDS + 2) {
            s = s.substring(0, attribution.start()) + ".";
        }
        return s.isEmpty() ? sentence : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
