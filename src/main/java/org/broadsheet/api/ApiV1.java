package org.broadsheet.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleCursor;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.Story;
import org.broadsheet.store.StoryStore;
import org.broadsheet.story.TopStories;
import org.jspecify.annotations.Nullable;

/**
 * The handlers of the JSON API v1. Bad parameters raise {@link BadRequestResponse}, unknown ids {@link
 * NotFoundResponse}; the web server's exception mapping turns both into {@link ApiErrors} bodies.
 */
public final class ApiV1 {
    /** Articles per page when the client does not say. */
    public static final int DEFAULT_LIMIT = 20;
    /** The most articles one page may hold. */
    public static final int MAX_LIMIT = 100;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final StoryStore stories;

    /** The API over the given stores. */
    public ApiV1(SourceStore sources, ArticleStore articles, StoryStore stories) {
        this.sources = sources;
        this.articles = articles;
        this.stories = stories;
    }

    /** {@code GET /api/v1/articles?limit=N&after=TOKEN&source=ID}: a page of articles, newest first. */
    public void articles(Context ctx) {
        int limit = limit(ctx.queryParam("limit"));
        ArticleQuery query = ArticleQuery.latest(limit + 1);
        String after = ctx.queryParam("after");
        if (after != null) {
            query = query.after(ArticleCursor.parse(after)
                    .orElseThrow(() -> new BadRequestResponse("'after' must be a 'next' token from this API.")));
        }
        String source = ctx.queryParam("source");
        if (source != null) {
            long sourceId = positive("source", source);
            sources.find(sourceId).orElseThrow(() -> new NotFoundResponse("No source has id " + sourceId + "."));
            query = query.fromSource(sourceId);
        }
        List<Article> found = articles.list(query);
        String next = null;
        if (found.size() > limit) {
            found = found.subList(0, limit);
            next = ArticleCursor.after(found.getLast()).token();
        }
        Map<Long, String> names = sources.all().stream().collect(Collectors.toMap(Source::id, Source::name));
        List<ArticleJson> items = found.stream()
                .map(a -> ArticleJson.of(a, names.getOrDefault(a.sourceId(), "")))
                .toList();
        send(ctx, new ArticleListJson(items, next));
    }

    /** {@code GET /api/v1/articles/{id}}: one article, with its body when the outlet's policy allows it. */
    public void article(Context ctx) {
        long id = positive("id", ctx.pathParam("id"));
        Article article = articles.find(id).orElseThrow(() -> new NotFoundResponse("No article has id " + id + "."));
        Source source = sources.find(article.sourceId())
                .orElseThrow(() -> new NotFoundResponse("The source of article " + id + " was removed."));
        send(ctx, ArticleDetailJson.of(article, source.name(), source.display()));
    }

    /** {@code GET /api/v1/sources}: every source with its health, by name. */
    public void sources(Context ctx) {
        send(ctx, new SourceListJson(sources.all().stream().map(SourceJson::of).toList()));
    }

    /** {@code GET /api/v1/stories?limit=N}: the top stories now (covered widely, recently and growing), best first. */
    public void stories(Context ctx) {
        int limit = limit(ctx.queryParam("limit"));
        Instant now = Instant.now();
        List<Story> candidates = stories.candidates(now.minus(TopStories.REACH), now, 300);
        send(
                ctx,
                new StoryListJson(TopStories.rank(candidates, now, limit).stream()
                        .map(StoryJson::of)
                        .toList()));
    }

    /** {@code GET /api/v1/stories/{id}}: one story and its articles; a merged story answers as the one it joined. */
    public void story(Context ctx) {
        long id = positive("id", ctx.pathParam("id"));
        Story story = stories.find(id).orElseThrow(() -> new NotFoundResponse("No story has id " + id + "."));
        if (story.mergedInto() != null) {
            long into = story.mergedInto();
            story = stories.find(into).orElseThrow(() -> new NotFoundResponse("No story has id " + into + "."));
        }
        Map<Long, String> names = sources.all().stream().collect(Collectors.toMap(Source::id, Source::name));
        List<ArticleJson> items = new java.util.ArrayList<>();
        for (long articleId : stories.articleIds(story.id())) {
            articles.find(articleId).ifPresent(a -> items.add(ArticleJson.of(a, names.getOrDefault(a.sourceId(), ""))));
        }
        send(ctx, new StoryDetailJson(StoryJson.of(story), items));
    }

    private static void send(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-cache").contentType(Json.CONTENT_TYPE).result(Json.bytes(body));
    }

    static int limit(@Nullable String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        long value = positive("limit", text);
        if (value > MAX_LIMIT) {
            throw new BadRequestResponse("'limit' must be at most " + MAX_LIMIT + ".");
        }
        return (int) value;
    }

    static long positive(String name, String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadRequestResponse("'" + name + "' must be a positive whole number.");
        }
        long value = Long.parseLong(s);
        if (value == 0) {
            throw new BadRequestResponse("'" + name + "' must be a positive whole number.");
        }
        return value;
    }
}
