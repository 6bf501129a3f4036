package org.broadsheet.web;

/**
 * A related article under an article: headline, outlet, when, a short excerpt and why it is related.
 *
 * @param why one line such as "Both mention Storm Ilse and Cornwall"
 */
public record RelatedCard(
        String href,
        String title,
        String outlet,
        String sourceHref,
        String isoTime,
        String relativeTime,
        String excerpt,
        String why) {}
