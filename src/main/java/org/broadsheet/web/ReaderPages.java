package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleCursor;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.jspecify.annotations.Nullable;

/** The reader's pages: the front page, an article, and an outlet's page. All are served from the page cache. */
final class ReaderPages {
    /** Stories per page of a list. */
    static final int PAGE_SIZE = 20;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final Views views;
    private final Templates templates;
    private final PageCache cache;
    private final Site site;
    private final StoryPages stories;

    ReaderPages(
            SourceStore sources,
            ArticleStore articles,
            Views views,
            Templates templates,
            PageCache cache,
            Site site,
            StoryPages stories) {
        this.stories = stories;
        this.sources = sources;
        this.articles = articles;
        this.views = views;
        this.templates = templates;
        this.cache = cache;
        this.site = site;
    }

    /** {@code GET /}: the latest stories, optionally from one outlet ({@code ?source=ID}), after a cursor. */
    void home(Context ctx) {
        cache.serve(ctx, () -> {
            Long sourceId = Params.queryId(ctx, "source");
            ArticleCursor after = Params.after(ctx);
            List<Source> all = sources.all();
            Map<Long, Source> byId = byId(all);
            Source selected = null;
            ArticleQuery query = ArticleQuery.latest(PAGE_SIZE + 1).after(after);
            if (sourceId != null) {
                selected = byId.get(sourceId);
                if (selected == null) {
                    throw new NotFoundResponse("There is no outlet with id " + sourceId + ".");
                }
                query = query.fromSource(sourceId);
            }
            String base = selected == null ? "/?" : "/?source=" + selected.id() + "&";
            List<SourceChoice> choices = all.stream()
                    .map(s -> new SourceChoice(s.id(), s.name(), sourceId != null && s.id() == sourceId))
                    .toList();
            String title = selected == null ? site.name() : selected.name() + " — latest stories";
            HomePage page = new HomePage(
                    site.layout(title, Layout.Nav.NEWS),
                    listing(query, byId, base),
                    choices,
                    selected == null ? null : selected.name(),
                    after == null,
                    selected == null && after == null ? stories.top(Instant.now()) : List.of());
            return templates.render("home.jte", page);
        });
    }

    /** {@code GET /articles/{id}}: one article, in full or as an excerpt as its outlet's display policy allows. */
    void article(Context ctx) {
        cache.serve(ctx, () -> {
            long id = Params.pathId(ctx, "id");
            Article article = articles.find(id).orElseThrow(() -> notFound("There is no article with id " + id + "."));
            Source source = sources.find(article.sourceId())
                    .orElseThrow(() -> notFound("The outlet of this article was removed."));
            ArticleView view = views.article(article, source);
            Layout layout = site.layout(view.title(), Views.clip(view.excerpt(), 200), Layout.Nav.NEWS)
                    .withCanonical(view.original())
                    .withOpenGraph(new OpenGraph(
                            "article",
                            view.title(),
                            Views.clip(view.excerpt(), 300),
                            view.original(),
                            imageOf(article)));
            return templates.render(
                    "article.jte",
                    new ArticlePage(layout, view, stories.linkOf(id).orElse(null)));
        });
    }

    /** {@code GET /sources/{id}}: an outlet, the health of its feed and its latest stories. */
    void source(Context ctx) {
        cache.serve(ctx, () -> {
            long id = Params.pathId(ctx, "id");
            ArticleCursor after = Params.after(ctx);
            Source source = sources.find(id).orElseThrow(() -> notFound("There is no outlet with id " + id + "."));
            ArticleQuery query =
                    ArticleQuery.latest(PAGE_SIZE + 1).fromSource(id).after(after);
            Listing listing = listing(query, Map.of(id, source), Views.sourceHref(id) + "?");
            Layout layout =
                    site.layout(source.name(), "The latest stories from " + source.name() + ".", Layout.Nav.NEWS);
            return templates.render("source.jte", new SourcePage(layout, views.source(source), listing));
        });
    }

    /** Runs {@code query} (which asks for one more than a page) and links the next page when there is one. */
    private Listing listing(ArticleQuery query, Map<Long, Source> byId, String hrefBase) {
        List<Article> found = articles.list(query);
        String older = null;
        if (found.size() > PAGE_SIZE) {
            found = found.subList(0, PAGE_SIZE);
            String token = ArticleCursor.after(found.getLast()).token();
            older = hrefBase + "after=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
        return new Listing(views.cards(found, byId), older);
    }

    private static Map<Long, Source> byId(List<Source> all) {
        return all.stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    private static @Nullable String imageOf(Article article) {
        return Views.httpOrNull(article.image());
    }

    private static NotFoundResponse notFound(String message) {
        return new NotFoundResponse(message);
    }
}
