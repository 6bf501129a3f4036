package org.broadsheet.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A position in the newest-first list of articles: the sort time and id of the last article seen. Encoded as an
 * opaque token for URLs and the API.
 */
public record ArticleCursor(Instant time, long id) {

    /** The cursor that continues after {@code article}. */
    public static ArticleCursor after(Article article) {
        return new ArticleCursor(article.sortTime(), article.id());
    }

    /** The URL-safe token for this cursor. */
    public String token() {
        return Long.toString(time.toEpochMilli(), 36) + "-" + Long.toString(id, 36);
    }

    /** Parses a token made by {@link #token()}; empty when it is malformed. */
    public static Optional<ArticleCursor> parse(String token) {
        int dash = token.lastIndexOf('-');
        if (dash <= 0 || dash == token.length() - 1) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(token.substring(0, dash), 36);
            long id = Long.parseLong(token.substring(dash + 1), 36);
            return id < 0 ? Optional.empty() : Optional.of(new ArticleCursor(Instant.ofEpochMilli(millis), id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
