package org.broadsheet.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Objects;
import org.broadsheet.search.BadParameterException;
import org.broadsheet.search.BadQueryException;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.search.SearchParameters;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.store.ArticleStore;

/** The search and related-articles handlers of the JSON API v1. */
public final class ApiSearch {
    /** Results per page. */
    public static final int PAGE_SIZE = 20;

    private final Search search;
    private final RelatedArticles related;
    private final ArticleStore articles;

    public ApiSearch(Search search, RelatedArticles related, ArticleStore articles) {
        this.search = Objects.requireNonNull(search, "search");
        this.related = Objects.requireNonNull(related, "related");
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    /**
     * {@code GET /api/v1/search?q=&source=&language=&country=&from=&to=&sort=&page=}: a page of results. A query that
     * cannot be parsed is a 400 with code {@code BAD_QUERY}; another bad parameter a 400 {@code BAD_REQUEST}.
     */
    public void search(Context ctx) {
        SearchRequest request;
        try {
            request = SearchParameters.read(ctx::queryParam, PAGE_SIZE);
        } catch (BadParameterException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        try {
            send(ctx, SearchJson.of(request.query(), search.search(request)));
        } catch (BadQueryException e) {
            ctx.header("Cache-Control", "no-store");
            ApiErrors.write(ctx, 400, BadQueryException.CODE, e.getMessage());
        }
    }

    /** {@code GET /api/v1/articles/{id}/related}: up to six related articles, best first. */
    public void related(Context ctx) {
        long id = ApiV1.positive("id", ctx.pathParam("id"));
        articles.find(id).orElseThrow(() -> new NotFoundResponse("No article has id " + id + "."));
        send(ctx, RelatedJson.of(id, related.of(id)));
    }

    private static void send(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-cache").contentType(Json.CONTENT_TYPE).result(Json.bytes(body));
    }
}
