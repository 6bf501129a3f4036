package org.broadsheet.search;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One search: the reader's query (Lucene syntax: words, "phrases", AND/OR/NOT, +required, -excluded), optional
 * filters, the order and which page.
 *
 * @param page the page number, from 1
 */
public record SearchRequest(
        String query,
        @Nullable Long sourceId,
        @Nullable String language,
        @Nullable String country,
        @Nullable Instant from,
        @Nullable Instant to,
        Sort sort,
        int page,
        int pageSize) {

    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 500;
    /** The deepest page that can be asked for. */
    public static final int MAX_PAGE = 50;

    /** The order of results. */
    public enum Sort {
        RELEVANCE,
        NEWEST
    }

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sort, "sort");
        if (page < 1 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_PAGE + ", not " + page);
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("pageSize must be between 1 and 100, not " + pageSize);
        }
    }

    /** A request for the first page of {@code query}, by relevance, without filters. */
    public static SearchRequest of(String query, int pageSize) {
        return new SearchRequest(query, null, null, null, null, null, Sort.RELEVANCE, 1, pageSize);
    }
}
