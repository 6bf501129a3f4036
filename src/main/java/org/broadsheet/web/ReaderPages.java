package org.broadsheet.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.ai.ArticleAnswer;
import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.ai.Translation;
import org.broadsheet.comment.Comments;
import org.broadsheet.comment.ThreadPage;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleCursor;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.CommentSort;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.jspecify.annotations.Nullable;

/**
 * The reader's pages: the latest articles, an article with its comments, and an outlet's page. Signed-out readers are
 * served from the page cache; a signed-in reader's pages carry their name and forms, so they are rendered for them.
 */
final class ReaderPages {
    /** Article cards per page of a list. */
    static final int PAGE_SIZE = 20;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final Views views;
    private final Templates templates;
    private final PageCache cache;
    private final Site site;
    private final Comments comments;
    private final CommentViews commentViews;
    private final @Nullable RelatedArticles related;
    private final @Nullable ArticleAssistant assistant;
    private final StoryPages stories;

    /** @param stories the story pages, for an article's link to its story */
    ReaderPages(WebServices services, PageTools tools, StoryPages stories) {
        this.sources = services.sources();
        this.articles = services.articles();
        this.comments = services.community().comments();
        this.related = services.features().related();
        this.assistant = services.features().assistant();
        this.views = tools.views();
        this.templates = tools.templates();
        this.cache = tools.cache();
        this.site = tools.site();
        this.commentViews = new CommentViews(tools.time(), comments);
        this.stories = stories;
    }

    private void serve(Context ctx, Function<Viewer, byte[]> render) {
        serve(ctx, cache, render);
    }

    /** Serves a page from the shared cache to signed-out readers, and renders it afresh for a signed-in one. */
    static void serve(Context ctx, PageCache cache, Function<Viewer, byte[]> render) {
        Viewer viewer = Visitors.of(ctx);
        if (viewer.signedIn()) {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("text/html; charset=utf-8").result(render.apply(viewer));
        } else {
            cache.serve(ctx, () -> render.apply(Viewer.ANONYMOUS));
        }
    }

    /** {@code GET /latest}: the latest articles, optionally from one outlet ({@code ?source=ID}), after a cursor. */
    void latest(Context ctx) {
        serve(ctx, viewer -> {
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
            String base = selected == null ? "/latest?" : "/latest?source=" + selected.id() + "&";
            List<SourceChoice> choices = all.stream()
                    .filter(s -> !s.health().neverWorked())
                    .map(s -> new SourceChoice(s.id(), s.name(), sourceId != null && s.id() == sourceId))
                    .toList();
            String title = selected == null ? "Latest articles" : selected.name() + " — latest articles";
            LatestPage page = new LatestPage(
                    site.layout(title, Layout.Nav.LATEST).withViewer(viewer),
                    listing(query, byId, base, after == null ? null : base.substring(0, base.length() - 1)),
                    choices,
                    selected == null ? null : selected.name(),
                    after == null);
            return templates.render("latest.jte", page);
        });
    }

    /**
     * {@code GET /articles/{id}?sort=oldest|newest|liked&page=N}: one article, in full or as an excerpt as its outlet's
     * display policy allows, with the AI panel, related articles and a page of its comments. {@code ?q=QUESTION}
     * answers a question in the panel and marks the answer in the body, {@code ?lang=CODE} translates the article
     * when a language model is configured. A refused question gets a 400 with the reason.
     */
    void article(Context ctx) {
        long id = Params.pathId(ctx, "id");
        CommentSort sort = sort(ctx);
        int page = page(ctx);
        String question = assistant == null ? null : ctx.queryParam("q");
        String language = assistant == null ? null : AiLanguages.checked(ctx.queryParam("lang"));
        String problem = question == null ? null : AiLanguages.questionProblem(question);
        if (problem != null) {
            byte[] html =
                    render(id, Visitors.of(ctx), sort, page, "", null, new AiRequest(question, problem, language));
            ctx.status(400).contentType("text/html; charset=utf-8").result(html);
            return;
        }
        AiRequest ai = new AiRequest(question, null, language);
        serve(ctx, viewer -> render(id, viewer, sort, page, "", null, ai));
    }

    /** What a reader asked of the AI panel: a question (refused with {@code problem}) and a translation language. */
    private record AiRequest(
            @Nullable String question,
            @Nullable String problem,
            @Nullable String language) {
        static final AiRequest NONE = new AiRequest(null, null, null);
    }

    /**
     * Renders an article page for {@code viewer}, with {@code draft} in the comment form and {@code problem} next to
     * it (after a refused post), for {@link CommentPages}.
     */
    byte[] renderArticle(long id, Viewer viewer, CommentSort sort, int page, String draft, @Nullable String problem) {
        return render(id, viewer, sort, page, draft, problem, AiRequest.NONE);
    }

    private byte[] render(
            long id, Viewer viewer, CommentSort sort, int page, String draft, @Nullable String problem, AiRequest ai) {
        Article article = articles.find(id).orElseThrow(() -> notFound("There is no article with id " + id + "."));
        Source source =
                sources.find(article.sourceId()).orElseThrow(() -> notFound("The outlet of this article was removed."));
        ArticleView view = views.article(article, source);
        AiPanelView panel = null;
        if (assistant != null) {
            String question = ai.question();
            ArticleAnswer answer = question == null || ai.problem() != null ? null : assistant.ask(article, question);
            Translation translation =
                    ai.language() == null ? null : assistant.translate(article, AiLanguages.name(ai.language()));
            panel = new AiPanelView(
                    article.id(),
                    assistant.summary(article),
                    question == null ? "" : question,
                    answer,
                    ai.problem(),
                    assistant.hasLanguageModel(),
                    translation);
            if (answer instanceof ArticleAnswer.Found found && view.bodyHtml() != null) {
                view = view.withBodyHtml(AnswerHighlight.mark(view.bodyHtml(), found.passage()));
            }
        }
        Layout layout = site.layout(view.title(), Views.clip(view.excerpt(), 200), Layout.Nav.NONE)
                .withCanonical(view.original())
                .withOpenGraph(new OpenGraph(
                        "article", view.title(), Views.clip(view.excerpt(), 300), view.original(), imageOf(article)))
                .withViewer(viewer);
        ThreadPage thread = comments.thread(article, viewer.account(), sort, page);
        CommentsSection section = commentViews.section(thread, id, viewer, draft, problem);
        List<RelatedCard> cards = related == null
                ? List.of()
                : related.of(id).stream().map(views::related).toList();
        return templates.render(
                "article.jte",
                new ArticlePage(
                        layout, view, section, cards, panel, stories.linkOf(id).orElse(null)));
    }

    static CommentSort sort(Context ctx) {
        String value = ctx.queryParam("sort");
        if (value == null || value.isBlank()) {
            return CommentSort.OLDEST;
        }
        return CommentSort.of(value.strip())
                .orElseThrow(() -> new BadRequestResponse("'sort' must be oldest, newest or liked."));
    }

    static int page(Context ctx) {
        Long page = Params.queryId(ctx, "page");
        return page == null ? 1 : (int) Math.min(page, 100_000);
    }

    /** {@code GET /sources/{id}}: an outlet, the health of its feed and its latest articles. */
    void source(Context ctx) {
        serve(ctx, viewer -> {
            long id = Params.pathId(ctx, "id");
            ArticleCursor after = Params.after(ctx);
            Source source = sources.find(id).orElseThrow(() -> notFound("There is no outlet with id " + id + "."));
            ArticleQuery query =
                    ArticleQuery.latest(PAGE_SIZE + 1).fromSource(id).after(after);
            Listing listing = listing(
                    query, Map.of(id, source), Views.sourceHref(id) + "?", after == null ? null : Views.sourceHref(id));
            Layout layout = site.layout(
                            source.name(), "The latest articles from " + source.name() + ".", Layout.Nav.NONE)
                    .withViewer(viewer);
            return templates.render("source.jte", new SourcePage(layout, views.source(source), listing));
        });
    }

    /**
     * Runs {@code query} (which asks for one more than a page) and links the next page when there is one, and the
     * newest page ({@code newestHref}, null on the first page).
     */
    private Listing listing(ArticleQuery query, Map<Long, Source> byId, String hrefBase, @Nullable String newestHref) {
        List<Article> found = articles.list(query);
        String older = null;
        if (found.size() > PAGE_SIZE) {
            found = found.subList(0, PAGE_SIZE);
            String token = ArticleCursor.after(found.getLast()).token();
            older = hrefBase + "after=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
        Map<Long, Integer> counts =
                comments.counts(found.stream().map(Article::id).toList());
        return new Listing(views.cards(found, byId, counts), older, newestHref);
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
