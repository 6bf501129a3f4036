package org.broadsheet.api;

import java.time.Instant;
import java.util.List;
import org.broadsheet.search.Related;

/** The articles related to one article, best first, each with a short excerpt and why it is related. */
public record RelatedJson(long articleId, List<Item> items) {

    /** One related article. */
    public record Item(
            long id,
            String title,
            ArticleJson.SourceRef source,
            Instant time,
            String excerpt,
            String why,
            String href) {}

    static RelatedJson of(long articleId, List<Related> related) {
        return new RelatedJson(
                articleId,
                related.stream()
                        .map(r -> new Item(
                                r.id(),
                                r.title(),
                                new ArticleJson.SourceRef(r.sourceId(), r.outlet()),
                                r.time(),
                                r.excerpt(),
                                r.why(),
                                "/api/v1/articles/" + r.id()))
                        .toList());
    }
}
