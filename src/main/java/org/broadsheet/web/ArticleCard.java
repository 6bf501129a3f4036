package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/**
 * One article in a list: its title linking to the article page, the outlet, when it appeared and a short excerpt.
 *
 * @param href the article page on this site
 * @param sourceHref the outlet's page on this site
 * @param isoTime the sort time as ISO-8601, for {@code <time datetime>}
 * @param relativeTime "21 minutes ago"
 * @param image the lead image's address, when it is an http(s) address
 * @param comments how many comments the article shows
 * @param language the ISO 639-1 language of its title and excerpt, when known, for their {@code lang} attribute
 */
public record ArticleCard(
        String href,
        String title,
        String outlet,
        String sourceHref,
        String isoTime,
        String relativeTime,
        String excerpt,
        @Nullable String image,
        int comments,
        @Nullable String language) {}
