package org.broadsheet.web;

import java.time.Duration;
import java.util.Objects;
import org.broadsheet.account.Accounts;
import org.broadsheet.comment.Comments;
import org.broadsheet.comment.Moderation;

/**
 * The people side of the site that the web server serves: accounts, comments and moderation.
 *
 * @param sessionLifetime how long a log-in cookie lasts; the same as the sessions' own lifetime
 */
public record Community(Accounts accounts, Comments comments, Moderation moderation, Duration sessionLifetime) {
    public Community {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(moderation, "moderation");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
    }

    int sessionSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, sessionLifetime.toSeconds());
    }
}
