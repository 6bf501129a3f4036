package org.broadsheet.ai;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, judged from its first words ("how many" wants a number, "when" a time,
 * "who" a name, "where" a place), and whether a sentence holds something of that kind. A sentence that shares the
 * question's words but not the kind of thing asked for merely restates the question.
 */
enum AnswerType {
    NUMBER,
    TIME,
    NAME,
    PLACE,
    ANY;

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|half|dozen|"
            + "dozens|third|quarter|fifth|double|twice|triple";
    private static final Pattern NUMBER_PATTERN =
            Pattern.compile("\\d|\\b(?:" + NUMBER_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_PATTERN = Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|yesterday|today|tonight|tomorrow|overnight|"
            + "morning|afternoon|evening|night|midnight|noon|spring|summer|autumn|winter|weekend|week|weeks|month|"
            + "months|year|years|decade|century|ago|dawn|dusk|"
            + "(?:1[5-9]|20)\\d{2}|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|GMT|BST|CET|EST|UTC)|"
            + "\\d{1,2}:\\d{2}|\\d{1,2}(?:st|nd|rd|th))\\b");

    /** Two capitalised words in a row (a name or an organisation), or one after a title. */
    private static final Pattern NAME_PATTERN = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+"
            + "(?:\\s+(?:de|da|del|van|von|der|la|le|bin|al|of|the)){0,2}\\s+\\p{Lu}[\\p{L}'’-]+"
            + "|\\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Inspector|Judge|Justice|Minister|President|Governor|"
            + "Mayor|Chief|Captain|Senator)\\.?\\s+\\p{Lu}");

    /** A capitalised word after a preposition of place. */
    private static final Pattern PLACE_PATTERN = Pattern.compile("\\b(?:in|at|to|from|near|off|across|into|outside|"
            + "inside|towards|toward|between|around|through|along|via|north|south|east|west)\\s+(?:the\\s+)?\\p{Lu}");

    /** Capitalised words that open sentences without naming anything. */
    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "this", "that", "these", "those",
            "but", "and", "when", "after", "before", "while", "if", "as", "for", "his", "her", "its", "their", "our",
            "there", "some", "many", "most", "by", "from", "with", "under", "over", "since", "until", "during");

    static AnswerType of(String question) {
        String q = question.strip().toLowerCase(Locale.ROOT);
        if (q.startsWith("how many")
                || q.startsWith("how much")
                || q.startsWith("how long")
                || q.startsWith("how old")
                || q.startsWith("how far")
                || q.startsWith("how big")
                || q.startsWith("how large")
                || q.startsWith("how fast")
                || q.startsWith("how high")
                || q.startsWith("how deep")
                || q.contains("what percentage")
                || q.contains("what share")
                || q.contains("what proportion")
                || q.startsWith("what was the score")) {
            return NUMBER;
        }
        if (q.startsWith("when")
                || q.startsWith("what time")
                || q.startsWith("what year")
                || q.startsWith("what day")
                || q.startsWith("what date")
                || q.startsWith("which year")
                || q.startsWith("which day")
                || q.startsWith("since when")
                || q.startsWith("until when")) {
            return TIME;
        }
        if (q.startsWith("who ")
                || q.startsWith("whom ")
                || q.startsWith("whose ")
                || q.startsWith("who's ")
                || q.startsWith("what is the name")
                || q.startsWith("what's the name")
                || q.startsWith("what was the name")) {
            return NAME;
        }
        if (q.startsWith("where")) {
            return PLACE;
        }
        return ANY;
    }

    /** Whether {@code sentence} holds something of this kind; always false for {@link #ANY}. */
    boolean matches(String sentence) {
        return switch (this) {
            case NUMBER -> NUMBER_PATTERN.matcher(sentence).find();
            case TIME -> TIME_PATTERN.matcher(sentence).find();
            case NAME -> hasName(sentence);
            case PLACE -> PLACE_PATTERN.matcher(sentence).find() || hasName(sentence);
            case ANY -> false;
        };
    }

    private static boolean hasName(String sentence) {
        Matcher m = NAME_PATTERN.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            String first = m.group().split("\\s+")[0];
            if (m.start() > 0 || !OPENERS.contains(first.toLowerCase(Locale.ROOT))) {
                return true;
            }
            // "The National Transport Authority": look again after the sentence's opening word.
            from = m.start() + first.length();
        }
        return false;
    }
}
