package org.broadsheet.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.comment.CommentNode;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.comment.CommentText;
import org.broadsheet.comment.Comments;
import org.broadsheet.comment.ThreadPage;
import org.broadsheet.store.Comment;
import org.broadsheet.store.CommentSort;
import org.jspecify.annotations.Nullable;

/** Builds the comment section of an article page from a page of threads. */
final class CommentViews {
    private final TimeDisplay time;
    private final Comments comments;

    CommentViews(TimeDisplay time, Comments comments) {
        this.time = time;
        this.comments = comments;
    }

    CommentsSection section(ThreadPage page, long articleId, Viewer viewer, String draft, @Nullable String problem) {
        String base = Views.articleHref(articleId);
        List<CommentsSection.SortLink> sorts = new ArrayList<>();
        for (CommentSort sort : CommentSort.values()) {
            sorts.add(new CommentsSection.SortLink(
                    label(sort), base + "?sort=" + sort.key() + "#comments", sort == page.sort()));
        }
        List<CommentView> threads = new ArrayList<>();
        for (CommentNode node : page.threads()) {
            threads.add(view(node, page, viewer));
        }
        String pageBase = base + "?sort=" + page.sort().key() + "&page=";
        return new CommentsSection(
                articleId,
                page.count(),
                page.held(),
                sorts,
                threads,
                page.page(),
                page.pages(),
                page.page() > 1 ? pageBase + (page.page() - 1) + "#comments" : null,
                page.page() < page.pages() ? pageBase + (page.page() + 1) + "#comments" : null,
                page.open(),
                viewer,
                draft,
                problem,
                "/login?next=" + URLEncoder.encode(base + "#comments", StandardCharsets.UTF_8));
    }

    private CommentView view(CommentNode node, ThreadPage page, Viewer viewer) {
        Comment c = node.comment();
        List<CommentView> replies = new ArrayList<>();
        for (CommentNode reply : node.replies()) {
            replies.add(view(reply, page, viewer));
        }
        boolean mine = viewer.signedIn() && viewer.id() == c.accountId();
        String state = c.status().key();
        boolean shown = state.equals("visible") || state.equals("held");
        return new CommentView(
                c.id(),
                shown ? c.author() : "",
                shown ? CommentText.html(c.body()) : "",
                time.iso(c.created()),
                time.relative(c.created()),
                c.edited() != null,
                c.likes(),
                page.liked().contains(c.id()),
                state,
                mine,
                mine && comments.editable(c),
                viewer.signedIn()
                        && page.open()
                        && state.equals("visible")
                        && c.depth() + 1 < CommentSettings.MAX_DEPTH,
                replies);
    }

    private static String label(CommentSort sort) {
        return switch (sort) {
            case OLDEST -> "Oldest";
            case NEWEST -> "Newest";
            case LIKED -> "Most liked";
        };
    }
}
