package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.comment.Comments;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.Story;
import org.broadsheet.store.StoryStore;
import org.broadsheet.story.TopStories;

/**
 * The front page, grouped by story as a news front page is: one card per story covered by several outlets, its lead
 * article with other outlets' headlines beneath, and lone articles as cards of their own. A fixed number of queries
 * fetches what one page shows, however many stories it holds.
 */
final class FrontPages {
    /** Stories in the top section. */
    static final int TOP = 6;

    /** The language the site's pages are written in: its articles lead a story and its headlines come first. */
    static final String READER_LANGUAGE = "en";

    /** Articles looked at per story: the lead and the others come from a story's newest. */
    private static final int MEMBERS_PER_STORY = 12;

    private static final int CANDIDATES = 300;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final StoryStore stories;
    private final Comments comments;
    private final Views views;
    private final Templates templates;
    private final PageCache cache;
    private final Site site;

    FrontPages(WebServices services, PageTools tools) {
        this.sources = services.sources();
        this.articles = services.articles();
        this.stories = services.stories();
        this.comments = services.community().comments();
        this.views = tools.views();
        this.templates = tools.templates();
        this.cache = tools.cache();
        this.site = tools.site();
    }

    /**
     * {@code GET /}: the front page. The addresses of the flat list it used to be ({@code /?source=ID},
     * {@code /?after=...}) move to {@code /latest}.
     */
    void page(Context ctx) {
        String query = ctx.queryString();
        if (ctx.queryParam("source") != null || ctx.queryParam("after") != null) {
            ctx.redirect("/latest?" + query, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        ReaderPages.serve(ctx, cache, viewer -> templates.render("front.jte", build(Instant.now(), viewer)));
    }

    FrontPage build(Instant now, Viewer viewer) {
        List<Source> all = sources.all();
        Map<Long, Source> byId = all.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        List<Story> top =
                TopStories.rank(stories.candidates(now.minus(TopStories.REACH), now, CANDIDATES), now, CANDIDATES)
                        .stream()
                        .filter(s -> s.outletCount() > 1)
                        .limit(TOP)
                        .toList();
        List<Article> latest = articles.list(ArticleQuery.latest(ReaderPages.PAGE_SIZE));
        Map<Long, Story> storyOf =
                stories.byArticles(latest.stream().map(Article::id).toList(), 2);

        Set<Long> storyIds = new LinkedHashSet<>();
        top.forEach(s -> storyIds.add(s.id()));
        storyOf.values().forEach(s -> storyIds.add(s.id()));
        Map<Long, List<Long>> memberIds = new HashMap<>();
        for (StoryStore.Membership m : stories.memberships(storyIds)) {
            List<Long> ids = memberIds.computeIfAbsent(m.storyId(), k -> new ArrayList<>());
            if (ids.size() < MEMBERS_PER_STORY) {
                ids.add(m.articleId());
            }
        }
        Map<Long, Article> loaded = new HashMap<>();
        latest.forEach(a -> loaded.put(a.id(), a));
        Set<Long> missing = new HashSet<>();
        memberIds
                .values()
                .forEach(ids ->
                        ids.stream().filter(id -> !loaded.containsKey(id)).forEach(missing::add));
        articles.findAll(missing).forEach(a -> loaded.put(a.id(), a));
        Map<Long, List<Article>> members = new HashMap<>();
        memberIds.forEach((story, ids) -> members.put(
                story, ids.stream().map(loaded::get).filter(a -> a != null).toList()));
        Map<Long, Integer> counts = comments.counts(List.copyOf(loaded.keySet()));

        StoryGroups groups = new StoryGroups(views, byId, members, counts, READER_LANGUAGE);
        List<FrontCard> topCards = groups.ofStories(top);
        List<FrontCard> latestCards = groups.ofArticles(latest, storyOf);
        Layout layout = site.layout(site.name(), Layout.Nav.HOME).withViewer(viewer);
        return new FrontPage(layout, topCards, latestCards, !all.isEmpty());
    }
}
