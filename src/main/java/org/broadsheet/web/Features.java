package org.broadsheet.web;

import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.ai.StoryBriefer;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.jspecify.annotations.Nullable;

/**
 * The optional parts of the site: search with related articles, the AI panel, story briefings and the image proxy.
 * Pages and API addresses of a part that is absent answer 503 or are left out of the page; without the image proxy
 * ({@link MediaProxy#OFF}) pages link images where they are.
 */
public record Features(
        @Nullable Search search,
        @Nullable RelatedArticles related,
        @Nullable ArticleAssistant assistant,
        @Nullable StoryBriefer briefer,
        MediaProxy media) {

    /** None of the optional parts. */
    public static final Features NONE = new Features(null, null, null, null);

    public Features {
        java.util.Objects.requireNonNull(media, "media");
    }

    /** These parts, without the image proxy. */
    public Features(
            @Nullable Search search,
            @Nullable RelatedArticles related,
            @Nullable ArticleAssistant assistant,
            @Nullable StoryBriefer briefer) {
        this(search, related, assistant, briefer, MediaProxy.OFF);
    }

    /** These features with article images served through {@code media} from the site's own origin. */
    public Features withMedia(MediaProxy media) {
        return new Features(search, related, assistant, briefer, media);
    }

    /** These features with search ({@code /search}, {@code /api/v1/search}) and related articles. */
    public Features withSearch(Search search, RelatedArticles related) {
        return new Features(search, related, assistant, briefer, media);
    }

    /** These features with the "AI features" panel and the API's summary and ask endpoints. */
    public Features withAssistant(ArticleAssistant assistant) {
        return new Features(search, related, assistant, briefer, media);
    }

    /** These features with a briefing on each story page: what the coverage says, citing outlets. */
    public Features withBriefer(StoryBriefer briefer) {
        return new Features(search, related, assistant, briefer, media);
    }
}
