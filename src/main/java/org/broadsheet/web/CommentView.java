package org.broadsheet.web;

import java.util.List;

/**
 * A comment as the article page shows it.
 *
 * @param html the formatted text (see {@link org.broadsheet.comment.CommentText}); empty for a tombstone
 * @param state "visible", "held" (only its author sees it), "deleted" or "hidden" (tombstones)
 * @param mine whether the reader wrote it
 * @param editable whether the reader may still edit it
 * @param canReply whether the reader may reply to it here
 */
public record CommentView(
        long id,
        String author,
        String html,
        String isoTime,
        String relativeTime,
        boolean edited,
        int likes,
        boolean liked,
        String state,
        boolean mine,
        boolean editable,
        boolean canReply,
        List<CommentView> replies) {

    /** True for a comment shown with its text and actions. */
    public boolean shown() {
        return state.equals("visible") || state.equals("held");
    }
}
