package org.broadsheet.web;

import org.broadsheet.store.Account;
import org.broadsheet.store.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking at a page: a signed-in account or nobody, and the CSRF token that this browser's forms carry.
 *
 * @param csrf the session's token when signed in, else the browser's CSRF cookie; empty on pages cached for everyone
 */
public record Viewer(@Nullable Account account, String csrf) {
    /** A signed-out reader on a page that is cached for everyone, so carries no forms. */
    public static final Viewer ANONYMOUS = new Viewer(null, "");

    public boolean signedIn() {
        return account != null;
    }

    /** The account's name, or an empty string. */
    public String name() {
        return account == null ? "" : account.username();
    }

    /** The account's id, or 0 when signed out. */
    public long id() {
        return account == null ? 0 : account.id();
    }

    /** True for moderators and admins. */
    public boolean moderator() {
        return account != null && account.role().canModerate();
    }

    /** True for admins. */
    public boolean admin() {
        return account != null && account.role() == Role.ADMIN;
    }
}
