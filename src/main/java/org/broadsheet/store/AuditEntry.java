package org.broadsheet.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One moderator or admin action.
 *
 * @param actorId the account that acted, or null for the command line
 * @param action a stable name such as "comment.hide" or "account.ban"
 * @param targetType "comment", "account" or "terms"
 */
public record AuditEntry(
        long id,
        Instant at,
        @Nullable Long actorId,
        String actorName,
        String action,
        String targetType,
        @Nullable Long targetId,
        String detail) {}
