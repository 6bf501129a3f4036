package org.broadsheet.store;

import org.jspecify.annotations.Nullable;

/** Which page of the newest-first article list to read: optionally one source's, after a cursor, up to a limit. */
public record ArticleQuery(
        @Nullable Long sourceId, @Nullable ArticleCursor after, int limit) {

    public ArticleQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, not " + limit);
        }
    }

    /** The newest {@code limit} articles of all sources. */
    public static ArticleQuery latest(int limit) {
        return new ArticleQuery(null, null, limit);
    }

    /** The same query restricted to one source. */
    public ArticleQuery fromSource(long id) {
        return new ArticleQuery(id, after, limit);
    }

    /** The same query continuing strictly after {@code cursor} (no change when it is null). */
    public ArticleQuery after(@Nullable ArticleCursor cursor) {
        return new ArticleQuery(sourceId, cursor, limit);
    }
}
