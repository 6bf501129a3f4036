package org.broadsheet.web;

import java.util.List;

/** The audit log of moderator and admin actions, newest first; admins only. */
public record AuditPage(Layout layout, List<Row> entries) {

    /** One action. */
    public record Row(String at, String actor, String action, String target, String detail) {}
}
