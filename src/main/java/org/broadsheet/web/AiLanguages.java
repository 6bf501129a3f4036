package org.broadsheet.web;

import io.javalin.http.BadRequestResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.broadsheet.ai.Question;
import org.jspecify.annotations.Nullable;

/** What the AI panel's forms accept: the languages offered for translation, and the rules for a question. */
final class AiLanguages {
    /** Language codes offered for translation, with the names the model is asked for. */
    static final Map<String, String> OFFERED = new LinkedHashMap<>();

    static {
        OFFERED.put("en", "English");
        OFFERED.put("fr", "French");
        OFFERED.put("de", "German");
        OFFERED.put("es", "Spanish");
        OFFERED.put("it", "Italian");
        OFFERED.put("pt", "Portuguese");
        OFFERED.put("nl", "Dutch");
        OFFERED.put("pl", "Polish");
        OFFERED.put("ga", "Irish");
    }

    private AiLanguages() {}

    /** The language code asked for, or null for none; an unknown code is a 400. */
    static @Nullable String checked(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!OFFERED.containsKey(c)) {
            throw new BadRequestResponse("'lang' must be one of " + String.join(", ", OFFERED.keySet()) + ".");
        }
        return c;
    }

    static String name(String code) {
        return OFFERED.getOrDefault(code, code);
    }

    /** Why {@code question} is refused (empty once invisible characters are dropped, or too long), or null. */
    static @Nullable String questionProblem(String question) {
        return Question.problem(question).map(Question.Problem::message).orElse(null);
    }
}
