package org.broadsheet.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored comment with its author's name. {@code body} is the plain text as written; pages format it.
 *
 * @param rootId the thread's top comment (its own id for a top comment)
 * @param depth 0 for a top comment, 1 for a reply, 2 for a reply to a reply
 * @param heldReason why it waits for a moderator, while it is held
 * @param edited when its author last changed it, or null
 * @param openReports reports not yet dealt with by a moderator
 */
public record Comment(
        long id,
        long articleId,
        long accountId,
        String author,
        @Nullable Long parentId,
        long rootId,
        int depth,
        String body,
        CommentStatus status,
        @Nullable String heldReason,
        Instant created,
        @Nullable Instant edited,
        int likes,
        int openReports) {}
