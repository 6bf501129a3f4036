package org.broadsheet.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored story: the coverage of one event. The summary follows its articles.
 *
 * @param headline the title of its representative article (the one that best matches the rest), or null while the
 *     story has no articles
 * @param representativeId the id of that article, or null
 * @param countries the outlets' countries (ISO 3166 codes), sorted
 * @param languages the articles' languages (ISO 639-1 codes), sorted
 * @param mergedInto the story this one was merged into, or null
 * @param recentArticles how many of its articles were published in the last {@link StoryStore#GROWTH_WINDOW}; filled
 *     in only by {@link StoryStore#candidates}, else 0
 */
public record Story(
        long id,
        @Nullable String headline,
        @Nullable Long representativeId,
        @Nullable Instant firstSeen,
        @Nullable Instant lastSeen,
        int articleCount,
        int outletCount,
        List<String> countries,
        List<String> languages,
        @Nullable Long mergedInto,
        int recentArticles) {}
