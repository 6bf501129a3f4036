package org.broadsheet.web;

import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.ai.StoryBriefer;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.jspecify.annotations.Nullable;

/**
 * The optional parts of the site: search with related articles, the AI panel and story briefings. Pages and API
 * addresses of a part that is absent answer 503 or are left out of the page.
 */
public record Features(
        @Nullable Search search,
        @Nullable RelatedArticles related,
        @Nullable ArticleAssistant assistant,
        @Nullable StoryBriefer briefer) {

    /** None of the optional parts. */
    public static final Features NONE = new Features(null, null, null, null);

    /** These features with search ({@code /search}, {@code /api/v1/search}) and related articles. */
    public Features withSearch(Search search, RelatedArticles related) {
        return new Features(search, related, assistant, briefer);
    }

    /** These features with the "AI features" panel and the API's summary and ask endpoints. */
    public Features withAssistant(ArticleAssistant assistant) {
        return new Features(search, related, assistant, briefer);
    }

    /** These features with a briefing on each story page: what the coverage says, citing outlets. */
    public Features withBriefer(StoryBriefer briefer) {
        return new Features(search, related, assistant, briefer);
    }
}
