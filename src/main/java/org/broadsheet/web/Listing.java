package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of article cards, newest first, and the link to the next older page when there is one. */
public record Listing(List<ArticleCard> cards, @Nullable String olderHref) {

    public boolean isEmpty() {
        return cards.isEmpty();
    }
}
