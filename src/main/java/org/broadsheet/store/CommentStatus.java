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

    static CommentStatus of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
