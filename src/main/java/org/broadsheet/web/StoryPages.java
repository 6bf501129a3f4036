package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.ai.Briefing;
import org.broadsheet.ai.Coverage;
import org.broadsheet.ai.StoryBriefer;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.Story;
import org.broadsheet.store.StoryStore;
import org.broadsheet.story.NearDuplicates;
import org.jspecify.annotations.Nullable;

/** The story pages ("Full coverage") and an article's link to its story. */
final class StoryPages {
    private final SourceStore sources;
    private final ArticleStore articles;
    private final StoryStore stories;
    private final Views views;
    private final Templates templates;
    private final PageCache cache;
    private final Site site;
    private final @Nullable StoryBriefer briefer;

    StoryPages(WebServices services, PageTools tools) {
        this.sources = services.sources();
        this.articles = services.articles();
        this.stories = services.stories();
        this.briefer = services.features().briefer();
        this.views = tools.views();
        this.templates = tools.templates();
        this.cache = tools.cache();
        this.site = tools.site();
    }

    /** {@code GET /stories/{id}}: the story's coverage; a merged story redirects to the one it became part of. */
    void story(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Story story = stories.find(id).orElseThrow(() -> new NotFoundResponse("There is no story with id " + id + "."));
        if (story.mergedInto() != null) {
            ctx.redirect("/stories/" + story.mergedInto(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        String url = ctx.scheme() + "://" + ctx.host() + "/stories/" + id;
        cache.serve(ctx, () -> templates.render("story.jte", page(story, url)));
    }

    private StoryPage page(Story story, String url) {
        Map<Long, Source> byId = sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        List<Article> members = new ArrayList<>();
        for (long articleId : stories.articleIds(story.id())) {
            articles.find(articleId).ifPresent(members::add);
        }
        List<StoryPage.Coverage> timeline = new ArrayList<>();
        for (List<Article> copies : NearDuplicates.group(members, Article::text)) {
            Article first = copies.getFirst();
            List<String> others = copies.subList(1, copies.size()).stream()
                    .map(a -> outletName(byId, a))
                    .distinct()
                    .toList();
            // The timeline shows no comment counts, so none are looked up.
            timeline.add(new StoryPage.Coverage(views.card(first, byId, 0), languageOf(first, byId), others));
        }
        Map<Long, Integer> perOutlet = new LinkedHashMap<>();
        members.forEach(a -> perOutlet.merge(a.sourceId(), 1, Integer::sum));
        List<StoryPage.Outlet> outlets = perOutlet.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .map(e -> {
                    Source s = byId.get(e.getKey());
                    return new StoryPage.Outlet(
                            s == null ? "Unknown outlet" : s.name(),
                            Views.sourceHref(e.getKey()),
                            s == null ? null : s.country(),
                            e.getValue());
                })
                .toList();
        StoryCard card = views.storyCard(story);
        String description = card.headline() + ": coverage by " + card.outlets() + ".";
        // Shared links to a story show its headline, who covered it and the first picture its coverage has.
        String image = members.stream()
                .map(a -> Views.httpOrNull(a.image()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        Layout layout = site.layout(card.headline() + " — Full coverage", description, Layout.Nav.NONE)
                .withOpenGraph(new OpenGraph("website", card.headline(), description, url, image));
        String firstSeen = story.firstSeen() == null ? null : views.dateTime(story.firstSeen());
        return new StoryPage(layout, card, firstSeen, outlets, timeline, briefing(members, byId));
    }

    /** The briefing of a story's articles, oldest first; none without a briefer or with a single article. */
    private @Nullable Briefing briefing(List<Article> members, Map<Long, Source> byId) {
        if (briefer == null || members.size() < 2) {
            return null;
        }
        List<Coverage> coverage = members.stream()
                .sorted(Comparator.comparing(Article::sortTime))
                .map(a -> Coverage.of(outletName(byId, a), a))
                .toList();
        return briefer.brief(coverage);
    }

    /** The link from an article to its story, when it is in one with other articles. */
    Optional<StoryLink> linkOf(long articleId) {
        return stories.findByArticle(articleId)
                .filter(s -> s.articleCount() > 1)
                .map(s -> new StoryLink("/stories/" + s.id(), s.outletCount(), s.articleCount()));
    }

    private static String outletName(Map<Long, Source> byId, Article a) {
        Source s = byId.get(a.sourceId());
        return s == null ? "Unknown outlet" : s.name();
    }

    private static @Nullable String languageOf(Article a, Map<Long, Source> byId) {
        return a.languageOr(byId.get(a.sourceId()));
    }
}
