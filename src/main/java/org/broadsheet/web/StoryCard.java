package org.broadsheet.web;

import java.util.List;

/**
 * A story in a list: its headline linking to its "Full coverage" page, and how widely it is covered.
 *
 * @param isoTime the time of its latest article as ISO-8601
 * @param relativeTime "21 minutes ago", of its latest article
 */
public record StoryCard(
        String href,
        String headline,
        int articleCount,
        int outletCount,
        List<String> countries,
        List<String> languages,
        String isoTime,
        String relativeTime) {

    /** "3 outlets" or "1 outlet". */
    public String outlets() {
        return outletCount + (outletCount == 1 ? " outlet" : " outlets");
    }

    /** "4 articles" or "1 article". */
    public String articles() {
        return articleCount + (articleCount == 1 ? " article" : " articles");
    }
}
