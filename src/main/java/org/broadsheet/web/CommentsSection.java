package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The comments under an article: the count, the sort links, one page of threads, and the form (or a log-in link).
 *
 * @param count the comments everyone sees
 * @param held the reader's own comments that wait for a moderator, which are listed to them alone
 * @param sorts the sort orders with their links; the current one is marked
 * @param previousHref the previous page of threads, or null
 * @param nextHref the next page of threads, or null
 * @param draft the text to put back in the form after a refusal
 * @param problem why the last post was refused, shown next to the form
 * @param loginHref the log-in page, coming back here afterwards
 */
public record CommentsSection(
        long articleId,
        int count,
        int held,
        List<SortLink> sorts,
        List<CommentView> threads,
        int page,
        int pages,
        @Nullable String previousHref,
        @Nullable String nextHref,
        boolean open,
        Viewer viewer,
        String draft,
        @Nullable String problem,
        String loginHref) {

    /** One sort order: its label, its link and whether it is the current one. */
    public record SortLink(String label, String href, boolean current) {}

    /**
     * "No comments yet", "1 comment", "12 comments"; with the reader's own held comments, "Your comment awaits review"
     * or "12 comments, 1 of yours awaiting review", so that the heading never denies what is listed below it.
     */
    public String countText() {
        if (held == 0) {
            return count == 0 ? "No comments yet" : count == 1 ? "1 comment" : count + " comments";
        }
        if (count == 0) {
            return held == 1 ? "Your comment awaits review" : "Your " + held + " comments await review";
        }
        return (count == 1 ? "1 comment" : count + " comments") + ", " + held + " of yours awaiting review";
    }
}
