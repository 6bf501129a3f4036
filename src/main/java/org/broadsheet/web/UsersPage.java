package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The accounts list, where moderators ban and admins also change roles. */
public record UsersPage(
        Layout layout,
        List<Row> users,
        boolean admin,
        @Nullable String notice) {

    /** One account. @param ban "" when not banned, else until when and why */
    public record Row(long id, String username, String role, String created, String ban) {}
}
