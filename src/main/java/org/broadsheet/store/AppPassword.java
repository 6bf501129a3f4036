package org.broadsheet.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reader app's password as its owner's account page lists it; the secret itself is shown once and never stored. */
public record AppPassword(
        long id,
        long accountId,
        String label,
        Instant created,
        @Nullable Instant lastUsed) {}
