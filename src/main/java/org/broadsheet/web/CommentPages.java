package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.broadsheet.comment.CommentException;
import org.broadsheet.comment.CommentProblem;
import org.broadsheet.comment.CommentText;
import org.broadsheet.comment.Comments;
import org.broadsheet.store.Account;
import org.broadsheet.store.Comment;
import org.broadsheet.store.CommentSort;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in reader does with comments from the article page: post, reply, edit, delete, like and report. A
 * change that succeeds answers with a 303 back to the comment; a refused one shows its form again with the reason and
 * the status of the {@link CommentProblem}.
 */
final class CommentPages {
    private static final int REASON_LENGTH = 500;

    private final Comments comments;
    private final ReaderPages reader;
    private final Templates templates;
    private final Site site;

    /** @param reader renders the article page again after a refused comment */
    CommentPages(WebServices services, PageTools tools, ReaderPages reader) {
        this.comments = services.community().comments();
        this.reader = reader;
        this.templates = tools.templates();
        this.site = tools.site();
    }

    /** {@code POST /articles/{id}/comments}: a new comment, or a reply when the form names a {@code parent}. */
    void post(Context ctx) {
        Account account = Visitors.require(ctx);
        long articleId = Params.pathId(ctx, "id");
        String body = text(ctx, "body");
        Long parent = parent(ctx);
        try {
            Comment posted = comments.post(account, articleId, parent, body, ctx.ip());
            ctx.redirect(Views.articleHref(articleId) + "#comment-" + posted.id(), HttpStatus.SEE_OTHER);
        } catch (CommentException e) {
            if (e.problem() == CommentProblem.NOT_FOUND && parent == null) {
                throw e;
            }
            ctx.status(e.problem().status()).header("Cache-Control", "no-store");
            ctx.contentType("text/html; charset=utf-8")
                    .result(reader.renderArticle(
                            articleId, Visitors.of(ctx), CommentSort.OLDEST, 1, body, e.getMessage()));
        }
    }

    /** {@code GET /comments/{id}/edit}: the edit form for one's own comment. */
    void editForm(Context ctx) {
        Comment comment = own(ctx);
        showEdit(ctx, comment, comment.body(), null);
    }

    /** {@code POST /comments/{id}/edit}: saves the new text within the edit window. */
    void edit(Context ctx) {
        Account account = Visitors.require(ctx);
        Comment comment = own(ctx);
        String body = text(ctx, "body");
        try {
            comments.edit(account, comment.id(), body);
            back(ctx, comment);
        } catch (CommentException e) {
            ctx.status(e.problem().status());
            showEdit(ctx, comment, body, e.getMessage());
        }
    }

    /** {@code POST /comments/{id}/delete}: deletes one's own comment, leaving a tombstone. */
    void delete(Context ctx) {
        Account account = Visitors.require(ctx);
        Comment comment = existing(ctx);
        comments.delete(account, comment.id());
        back(ctx, comment);
    }

    /** {@code POST /comments/{id}/like}: likes a comment, or takes the like back. */
    void like(Context ctx) {
        Account account = Visitors.require(ctx);
        Comment comment = existing(ctx);
        comments.toggleLike(account, comment.id());
        back(ctx, comment);
    }

    /** {@code GET /comments/{id}/report}: the form to report a comment with a reason. */
    void reportForm(Context ctx) {
        Visitors.require(ctx);
        showReport(ctx, existing(ctx), "", null);
    }

    /** {@code POST /comments/{id}/report}: files the report. */
    void report(Context ctx) {
        Account account = Visitors.require(ctx);
        Comment comment = existing(ctx);
        String reason = text(ctx, "reason");
        try {
            comments.report(account, comment.id(), reason);
            back(ctx, comment);
        } catch (CommentException e) {
            ctx.status(e.problem().status());
            showReport(ctx, comment, reason, e.getMessage());
        }
    }

    private void showEdit(Context ctx, Comment comment, String value, @Nullable String problem) {
        show(
                ctx,
                new CommentFormPage(
                        site.layout("Edit your comment", Layout.Nav.NONE).withViewer(Visitors.of(ctx)),
                        "Edit your comment",
                        CommentText.html(comment.body()),
                        "/comments/" + comment.id() + "/edit",
                        "Your comment",
                        "body",
                        value,
                        comments.settings().maxLength(),
                        problem,
                        "Save",
                        backHref(comment)));
    }

    private void showReport(Context ctx, Comment comment, String value, @Nullable String problem) {
        show(
                ctx,
                new CommentFormPage(
                        site.layout("Report a comment", Layout.Nav.NONE).withViewer(Visitors.of(ctx)),
                        "Report a comment by " + comment.author(),
                        CommentText.html(comment.body()),
                        "/comments/" + comment.id() + "/report",
                        "What is wrong with it?",
                        "reason",
                        value,
                        REASON_LENGTH,
                        problem,
                        "Send report",
                        backHref(comment)));
    }

    private void show(Context ctx, CommentFormPage page) {
        ctx.header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(templates.render("comment-form.jte", page));
    }

    private Comment own(Context ctx) {
        Account account = Visitors.require(ctx);
        Comment comment = existing(ctx);
        if (comment.accountId() != account.id()) {
            throw new CommentException(CommentProblem.NOT_YOURS, "You can only change your own comments.");
        }
        return comment;
    }

    private Comment existing(Context ctx) {
        long id = Params.pathId(ctx, "id");
        return comments.find(id, Visitors.of(ctx).account())
                .orElseThrow(() -> new CommentException(CommentProblem.NOT_FOUND, "There is no such comment."));
    }

    private static void back(Context ctx, Comment comment) {
        ctx.redirect(backHref(comment), HttpStatus.SEE_OTHER);
    }

    private static String backHref(Comment comment) {
        return Views.articleHref(comment.articleId()) + "#comment-" + comment.id();
    }

    private static String text(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }

    private static @Nullable Long parent(Context ctx) {
        String value = ctx.formParam("parent");
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = Params.positiveLong(value.strip());
        if (id == null) {
            throw new CommentException(CommentProblem.NOT_FOUND, "The comment you replied to is no longer there.");
        }
        return id;
    }
}
