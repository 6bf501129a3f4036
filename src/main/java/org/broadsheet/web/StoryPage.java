package org.broadsheet.web;

import java.util.List;
import org.broadsheet.ai.Briefing;
import org.jspecify.annotations.Nullable;

/**
 * The "Full coverage" page of a story: a summary of who covered it, then its articles as a timeline, with syndicated
 * copies shown once.
 *
 * @param story the story's summary
 * @param firstSeen when its first article appeared, as a date and time
 * @param outlets the outlets that covered it, the most articles first
 * @param timeline its articles, oldest first
 * @param briefing what the coverage says, citing its outlets, or null when the site runs without briefings
 */
public record StoryPage(
        Layout layout,
        StoryCard story,
        @Nullable String firstSeen,
        List<Outlet> outlets,
        List<Coverage> timeline,
        @Nullable Briefing briefing) {

    /** One outlet's share of the coverage. */
    public record Outlet(String name, String href, @Nullable String country, int articles) {}

    /**
     * One article on the timeline.
     *
     * @param language the article's language code, or null
     * @param alsoPublishedBy outlets that published a copy of the same text (syndication)
     */
    public record Coverage(ArticleCard card, @Nullable String language, List<String> alsoPublishedBy) {}
}
