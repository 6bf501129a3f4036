package org.broadsheet.store;

import java.util.Locale;
import java.util.Optional;

/** The orders in which a thread's top comments can be listed. */
public enum CommentSort {
    OLDEST("c.created ASC, c.id ASC"),
    NEWEST("c.created DESC, c.id DESC"),
    LIKED("c.likes DESC, c.created ASC, c.id ASC");

    /** The ORDER BY terms, on the columns of {@code comment c}. */
    final String orderBy;

    CommentSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The lower-case name used in addresses ({@code ?sort=liked}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order named {@code key}, if it is one. */
    public static Optional<CommentSort> of(String key) {
        for (CommentSort sort : values()) {
            if (sort.key().equals(key)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
