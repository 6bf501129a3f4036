package org.broadsheet.ai;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reader's question, cleaned and checked before anything is embedded: invisible characters (zero-width spaces,
 * control characters, the replacement character that undecodable bytes become) are dropped and every kind of space
 * (no-break spaces included) counts as one space. A question empty after cleaning is refused with {@link
 * Problem#MISSING}, one longer than {@link #MAX_LENGTH} characters with {@link Problem#TOO_LONG}.
 */
public final class Question {
    /** The longest question accepted, in characters, after cleaning. */
    public static final int MAX_LENGTH = 300;

    /** Control (Cc), format (Cf: zero-width spaces and joiners, bidi marks), unassigned, private use, surrogates. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cn}\\p{Co}\\p{Cs}\\x{FFFD}]");

    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

    /** Why a question is refused: a stable code for the API and a sentence for the reader. */
    public enum Problem {
        MISSING("QUESTION_MISSING", "Type a question about this article."),
        TOO_LONG("QUESTION_TOO_LONG", "Keep the question under " + MAX_LENGTH + " characters.");

        private final String code;
        private final String message;

        Problem(String code, String message) {
            this.code = code;
            this.message = message;
        }

        /** The code the API answers with, such as {@code QUESTION_MISSING}. */
        public String code() {
            return code;
        }

        /** What the reader is told beside the question field. */
        public String message() {
            return message;
        }
    }

    private Question() {}

    /** {@code raw} without invisible characters, its spaces collapsed to single ASCII spaces, stripped. */
    public static String clean(String raw) {
        String visible = INVISIBLE.matcher(raw).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** Why {@code raw} cannot be asked, or nothing when its cleaned form can be. */
    public static Optional<Problem> problem(String raw) {
        String q = clean(raw);
        if (q.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        return q.length() > MAX_LENGTH ? Optional.of(Problem.TOO_LONG) : Optional.empty();
    }
}
