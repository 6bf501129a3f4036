package org.broadsheet.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.StoryStore;
import org.broadsheet.story.TopStories;

/** The index pages: the current stories ({@code /stories}) and the outlets ({@code /sources}). */
final class IndexPages {
    /** Stories listed at most: the current ones, best first. */
    static final int STORIES = 100;

    private static final int CANDIDATES = 500;

    private final SourceStore sources;
    private final StoryStore stories;
    private final Views views;
    private final Templates templates;
    private final PageCache cache;
    private final Site site;

    IndexPages(WebServices services, PageTools tools) {
        this.sources = services.sources();
        this.stories = services.stories();
        this.views = tools.views();
        this.templates = tools.templates();
        this.cache = tools.cache();
        this.site = tools.site();
    }

    /**
     * {@code GET /stories}: the stories of the last {@link TopStories#REACH} with more than one article, ranked as the
     * front page ranks them, with how many outlets cover each.
     */
    void stories(Context ctx) {
        ReaderPages.serve(ctx, cache, viewer -> {
            Instant now = Instant.now();
            List<StoryCard> cards =
                    TopStories.rank(stories.candidates(now.minus(TopStories.REACH), now, CANDIDATES), now, STORIES)
                            .stream()
                            .map(views::storyCard)
                            .toList();
            Layout layout = site.layout(
                            "Stories",
                            "The stories of the last two days and the outlets that cover them.",
                            Layout.Nav.STORIES)
                    .withViewer(viewer);
            return templates.render("stories.jte", new StoriesPage(layout, cards));
        });
    }

    /** {@code GET /sources}: every outlet by name, with its country, language and the health of its feed. */
    void sources(Context ctx) {
        ReaderPages.serve(ctx, cache, viewer -> {
            List<SourceView> all = sources.all().stream()
                    .map(views::source)
                    .sorted(Comparator.comparing(SourceView::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            Layout layout = site.layout("Sources", "The outlets whose feeds this site follows.", Layout.Nav.SOURCES)
                    .withViewer(viewer);
            return templates.render("sources.jte", new SourcesPage(layout, all));
        });
    }
}
