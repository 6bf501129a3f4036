package org.broadsheet.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment to store, with the status moderation gave it.
 *
 * @param bodyHash a hash of the normalised body, for duplicate detection
 * @param address the poster's network address, for per-address rate limits
 */
public record NewComment(
        long articleId,
        long accountId,
        @Nullable Long parentId,
        String body,
        String bodyHash,
        CommentStatus status,
        @Nullable String heldReason,
        String address,
        Instant created) {}
