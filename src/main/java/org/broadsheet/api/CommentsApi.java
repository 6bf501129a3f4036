package org.broadsheet.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import org.broadsheet.account.Accounts;
import org.broadsheet.comment.Comments;
import org.broadsheet.comment.ThreadPage;
import org.broadsheet.store.Account;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Comment;
import org.broadsheet.store.CommentSort;

/**
 * The comment endpoints of API v1. Reading is open to all; posting needs a personal bearer token from the account
 * page ({@code Authorization: Bearer bst_...}). The API never accepts the site's session cookie, so a web page on
 * another site cannot post through a reader's browser.
 */
public final class CommentsApi {
    private static final ObjectMapper READER = new ObjectMapper();

    private final ArticleStore articles;
    private final Comments comments;
    private final Accounts accounts;

    public CommentsApi(ArticleStore articles, Comments comments, Accounts accounts) {
        this.articles = articles;
        this.comments = comments;
        this.accounts = accounts;
    }

    /** {@code GET /api/v1/articles/{id}/comments?sort=oldest|newest|liked&page=N}: one page of shown threads. */
    public void list(Context ctx) {
        Article article = article(ctx);
        String sortText = ctx.queryParam("sort");
        CommentSort sort = sortText == null
                ? CommentSort.OLDEST
                : CommentSort.of(sortText)
                        .orElseThrow(() -> new BadRequestResponse("'sort' must be oldest, newest or liked."));
        String pageText = ctx.queryParam("page");
        int page = pageText == null ? 1 : (int) Math.min(ApiV1.positive("page", pageText), 100_000);
        ThreadPage thread = comments.thread(article, null, sort, page);
        ctx.header("Cache-Control", "no-cache")
                .contentType(Json.CONTENT_TYPE)
                .result(Json.bytes(new CommentJson.Page(
                        article.id(),
                        thread.count(),
                        sort.key(),
                        thread.page(),
                        thread.pages(),
                        thread.open(),
                        thread.threads().stream().map(CommentJson::of).toList())));
    }

    /** {@code POST /api/v1/articles/{id}/comments} with {@code {"body": "...", "parent": 12}}: 201 and the comment. */
    public void post(Context ctx) {
        Account account = bearer(ctx);
        Article article = article(ctx);
        CommentJson.Post post;
        try {
            post = READER.readValue(ctx.bodyAsBytes(), CommentJson.Post.class);
        } catch (IOException e) {
            throw new BadRequestResponse("The body must be JSON like {\"body\": \"text\", \"parent\": 12}.");
        }
        if (post == null || post.body() == null) {
            throw new BadRequestResponse("'body' is required.");
        }
        Comment posted = comments.post(account, article.id(), post.parent(), post.body(), ctx.ip());
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/articles/" + article.id() + "/comments#" + posted.id())
                .contentType(Json.CONTENT_TYPE)
                .result(Json.bytes(CommentJson.of(posted, java.util.List.of())));
    }

    private Account bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedResponse("Send a personal API token as 'Authorization: Bearer TOKEN'.");
        }
        return accounts.forToken(header.substring(7).strip())
                .orElseThrow(() -> new UnauthorizedResponse("That API token is unknown or was revoked."));
    }

    private Article article(Context ctx) {
        long id = ApiV1.positive("id", ctx.pathParam("id"));
        return articles.find(id).orElseThrow(() -> new NotFoundResponse("No article has id " + id + "."));
    }
}
