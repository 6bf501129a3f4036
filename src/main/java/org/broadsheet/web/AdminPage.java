package org.broadsheet.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The operator's sources page: every outlet with the health of its feed, and the "Add a feed" form.
 *
 * @param problems what is wrong with the submitted form, by field name
 * @param notice a line confirming the last action, such as "Asked to fetch Example News now."
 * @param rules each source's content rule (a CSS selector for its article body) as stored or as just entered, by id
 * @param ruleProblems what is wrong with a content rule just entered, by source id
 */
public record AdminPage(
        Layout layout,
        List<SourceView> sources,
        AddSourceForm form,
        Map<String, String> problems,
        @Nullable String notice,
        Map<Long, String> rules,
        Map<Long, String> ruleProblems) {

    /** The problem with {@code field}, or null when it is fine. */
    public @Nullable String problem(String field) {
        return problems.get(field);
    }

    /** The content rule shown for source {@code id}: as entered when it was rejected, else as stored, else empty. */
    public String rule(long id) {
        return rules.getOrDefault(id, "");
    }

    /** Why the content rule just entered for source {@code id} was rejected, or null. */
    public @Nullable String ruleProblem(long id) {
        return ruleProblems.get(id);
    }
}
