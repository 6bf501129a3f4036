package org.broadsheet.search;

import java.util.List;

/**
 * A page of results.
 *
 * @param total how many articles matched (words or meaning), as far as the engine counted
 * @param hasMore whether a next page exists
 */
public record SearchResults(List<SearchHit> hits, long total, int page, boolean hasMore) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
