package org.broadsheet.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reader's own account page: the password form, sessions, personal API tokens and app passwords.
 *
 * @param newToken a token's secret just created, shown this once
 * @param appPasswords the passwords of reader apps, listed like tokens
 * @param newAppPassword an app password just created, shown this once
 * @param notice a line confirming the last action
 */
public record AccountPage(
        Layout layout,
        String username,
        String role,
        List<TokenRow> tokens,
        @Nullable String newToken,
        List<TokenRow> appPasswords,
        @Nullable String newAppPassword,
        Map<String, String> problems,
        @Nullable String notice) {

    /** One API token as the list shows it. */
    public record TokenRow(long id, String name, String created, String lastUsed) {}

    /** The problem with {@code field}, or null. */
    public @Nullable String problem(String field) {
        return problems.get(field);
    }
}
