package org.broadsheet.store;

import java.util.Locale;
import java.util.Optional;

/** What an account may do: read and comment, also moderate comments, or also manage sources and users. */
public enum Role {
    READER,
    MODERATOR,
    ADMIN;

    /** True for moderators and admins: they work the moderation queue and the operator pages. */
    public boolean canModerate() {
        return this != READER;
    }

    /** The lower-case name stored in the database and shown on pages. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code key} ("reader", "moderator", "admin"), if it is one. */
    public static Optional<Role> of(String key) {
        for (Role role : values()) {
            if (role.key().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
