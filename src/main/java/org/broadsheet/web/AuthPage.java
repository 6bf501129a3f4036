package org.broadsheet.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The log-in or the sign-up page.
 *
 * @param signUp true for the sign-up form, false for log-in
 * @param next where to go after success (a path on this site)
 * @param problems what is wrong, by form field
 */
public record AuthPage(Layout layout, boolean signUp, String username, String next, Map<String, String> problems) {

    /** The problem with {@code field}, or null. */
    public @Nullable String problem(String field) {
        return problems.get(field);
    }
}
