package org.broadsheet.api;

import java.time.Instant;
import java.util.List;
import org.broadsheet.store.Story;
import org.jspecify.annotations.Nullable;

/** A story in the API: its headline, when it was seen, and who covered it. */
public record StoryJson(
        long id,
        @Nullable String headline,
        @Nullable Long representativeArticleId,
        @Nullable Instant firstSeen,
        @Nullable Instant lastSeen,
        int articleCount,
        int outletCount,
        List<String> countries,
        List<String> languages) {

    static StoryJson of(Story s) {
        return new StoryJson(
                s.id(),
                s.headline(),
                s.representativeId(),
                s.firstSeen(),
                s.lastSeen(),
                s.articleCount(),
                s.outletCount(),
                s.countries(),
                s.languages());
    }
}
