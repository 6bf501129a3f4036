package org.broadsheet.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner's account page lists it; the secret itself is shown once and never stored. */
public record ApiToken(
        long id,
        long accountId,
        String name,
        Instant created,
        @Nullable Instant lastUsed) {}
