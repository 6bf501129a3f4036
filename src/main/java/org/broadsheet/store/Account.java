package org.broadsheet.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person who can sign in. The password hash is not part of it; {@link AccountStore#passwordHash} reads it.
 *
 * @param bannedUntil the end of a ban, {@link Instant#MAX} for good, or null when not banned
 */
public record Account(
        long id,
        String username,
        Role role,
        Instant created,
        @Nullable Instant bannedUntil,
        @Nullable String banReason) {

    /** True when a ban is in force at {@code now}. */
    public boolean bannedAt(Instant now) {
        return bannedUntil != null && bannedUntil.isAfter(now);
    }
}
