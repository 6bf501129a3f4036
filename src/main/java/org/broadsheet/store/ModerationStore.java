package org.broadsheet.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/** The banned-terms list and the audit log of moderator and admin actions. */
public final class ModerationStore {
    private final Jdbi jdbi;
    private final Writes writes;

    ModerationStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /** Every banned word and pattern, in the order they were added. */
    public List<BannedTerm> bannedTerms() {
        return jdbi.withHandle(h -> h.createQuery("SELECT term, regex FROM banned_term ORDER BY id")
                .map((rs, ctx) -> new BannedTerm(rs.getString("term"), rs.getInt("regex") != 0))
                .list());
    }

    /** Replaces the banned-terms list. */
    public void replaceBannedTerms(List<BannedTerm> terms) {
        writes.transaction(h -> {
            h.createUpdate("DELETE FROM banned_term").execute();
            for (BannedTerm t : terms.stream().distinct().toList()) {
                h.createUpdate("INSERT INTO banned_term (term, regex) VALUES (:term, :regex)")
                        .bind("term", t.term())
                        .bind("regex", t.regex() ? 1 : 0)
                        .execute();
            }
            return null;
        });
    }

    /** Writes one entry to the audit log. */
    public void audit(
            Instant at,
            @Nullable Long actorId,
            String actorName,
            String action,
            String targetType,
            @Nullable Long targetId,
            String detail) {
        writes.transaction(h -> h.createUpdate("INSERT INTO audit_log (at, actor_id, actor_name, action, target_type,"
                        + " target_id, detail) VALUES (:at, :actor, :name, :action, :type, :target, :detail)")
                .bind("at", at.toEpochMilli())
                .bind("actor", actorId)
                .bind("name", actorName)
                .bind("action", action)
                .bind("type", targetType)
                .bind("target", targetId)
                .bind("detail", detail)
                .execute());
    }

    /** The latest {@code limit} audit entries, newest first. */
    public List<AuditEntry> auditLog(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, at, actor_id, actor_name, action, target_type,"
                        + " target_id, detail FROM audit_log ORDER BY at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    long actor = rs.getLong("actor_id");
                    Long actorId = rs.wasNull() ? null : actor;
                    long target = rs.getLong("target_id");
                    Long targetId = rs.wasNull() ? null : target;
                    return new AuditEntry(
                            rs.getLong("id"),
                            Instant.ofEpochMilli(rs.getLong("at")),
                            actorId,
                            rs.getString("actor_name"),
                            rs.getString("action"),
                            rs.getString("target_type"),
                            targetId,
                            rs.getString("detail"));
                })
                .list());
    }
}
