package org.broadsheet.api;

import java.time.Instant;
import java.util.List;
import org.broadsheet.comment.CommentNode;
import org.broadsheet.comment.CommentText;
import org.broadsheet.store.Comment;
import org.jspecify.annotations.Nullable;

/**
 * A comment in the API. A deleted or hidden comment keeps its place in the thread with {@code status} saying so and no
 * author or text.
 *
 * @param body the plain text as written
 * @param html the same text formatted as the site shows it (escaped, paragraphs, links)
 */
record CommentJson(
        long id,
        @Nullable Long parent,
        String status,
        @Nullable String author,
        @Nullable String body,
        @Nullable String html,
        Instant created,
        @Nullable Instant edited,
        int likes,
        List<CommentJson> replies) {

    static CommentJson of(CommentNode node) {
        return of(node.comment(), node.replies().stream().map(CommentJson::of).toList());
    }

    static CommentJson of(Comment c, List<CommentJson> replies) {
        boolean shown = c.status().key().equals("visible") || c.status().key().equals("held");
        return new CommentJson(
                c.id(),
                c.parentId(),
                c.status().key(),
                shown ? c.author() : null,
                shown ? c.body() : null,
                shown ? CommentText.html(c.body()) : null,
                c.created(),
                c.edited(),
                c.likes(),
                replies);
    }

    /** A page of an article's threads. */
    record Page(long article, int count, String sort, int page, int pages, boolean open, List<CommentJson> comments) {}

    /** What a client posts: the text, and the comment it replies to, if any. */
    record Post(@Nullable String body, @Nullable Long parent) {}
}
