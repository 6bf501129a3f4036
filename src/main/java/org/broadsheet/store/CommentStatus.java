package org.broadsheet.store;

import java.util.Locale;

/** Where a comment stands: shown, waiting for a moderator, hidden or rejected by one, or deleted by its author. */
public enum CommentStatus {
    VISIBLE,
    HELD,
    HIDDEN,
    REJECTED,
    DELETED;

    /** The lower-case name stored in the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@link #key()} as an SQL string literal, for queries that name a status: a key is a lower-case enum name, so it
     * never needs escaping.
     */
    String literal() {
        return "'" + key() + "'";
    }

    /** The SQL list {@code ('a', 'b')} of these statuses' literals, for {@code status IN} conditions. */
    static String literals(CommentStatus... statuses) {
        StringBuilder list = new StringBuilder("(");
        for (CommentStatus status : statuses) {
            list.append(list.length() > 1 ? ", " : "").append(status.literal());
        }
        return list.append(')').toString();
    }

    static CommentStatus of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
