package org.broadsheet.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The operator's sources page: every outlet with the health of its feed, and the "Add a feed" form.
 *
 * @param problems what is wrong with the submitted form, by field name
 * @param notice a line confirming the last action, such as "Asked to fetch Example News now."
 */
public record AdminPage(
        Layout layout,
        List<SourceView> sources,
        AddSourceForm form,
        Map<String, String> problems,
        @Nullable String notice) {

    /** The problem with {@code field}, or null when it is fine. */
    public @Nullable String problem(String field) {
        return problems.get(field);
    }
}
