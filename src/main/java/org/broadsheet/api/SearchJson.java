package org.broadsheet.api;

import java.time.Instant;
import java.util.List;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchResults;
import org.jspecify.annotations.Nullable;

/**
 * A page of search results. {@code titleHtml} and {@code snippetHtml} are escaped HTML with the matched words in
 * {@code <mark>}; {@code nextPage} is null on the last page.
 */
public record SearchJson(
        String query, long total, int page, @Nullable Integer nextPage, List<Hit> hits) {

    /** One result; {@code semantic} is true when it was found by meaning rather than by its words. */
    public record Hit(
            long id,
            String title,
            String titleHtml,
            String snippetHtml,
            ArticleJson.SourceRef source,
            @Nullable String language,
            Instant time,
            boolean semantic,
            String href) {}

    static SearchJson of(String query, SearchResults results) {
        List<Hit> hits = results.hits().stream().map(SearchJson::hit).toList();
        return new SearchJson(
                query, results.total(), results.page(), results.hasMore() ? results.page() + 1 : null, hits);
    }

    private static Hit hit(SearchHit h) {
        return new Hit(
                h.id(),
                h.title(),
                h.titleHtml(),
                h.snippetHtml(),
                new ArticleJson.SourceRef(h.sourceId(), h.outlet()),
                h.language(),
                h.time(),
                h.semantic(),
                "/api/v1/articles/" + h.id());
    }
}
