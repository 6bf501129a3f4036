package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of article cards, newest first, the link to the next older page when there is one, and the link back to the
 * newest page on any page after the first.
 */
public record Listing(
        List<ArticleCard> cards,
        @Nullable String olderHref,
        @Nullable String newestHref) {

    public boolean isEmpty() {
        return cards.isEmpty();
    }
}
