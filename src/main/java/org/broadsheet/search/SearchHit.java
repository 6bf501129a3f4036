package org.broadsheet.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are escaped HTML whose only markup is {@code <mark>} around
 * the words that matched.
 *
 * @param semantic true when the article was found by meaning (the vector search) and not by its words alone
 */
public record SearchHit(
        long id,
        long sourceId,
        String outlet,
        @Nullable String language,
        Instant time,
        String title,
        String titleHtml,
        String snippetHtml,
        boolean semantic) {}
