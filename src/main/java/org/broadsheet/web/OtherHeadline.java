package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/**
 * Another outlet's headline under a story's lead article on the front page.
 *
 * @param href the article page on this site
 * @param language the article's language (ISO 639-1), for the {@code lang} attribute of a headline in another
 *     language than the page, or null when unknown
 */
public record OtherHeadline(
        String href,
        String title,
        String outlet,
        String sourceHref,
        @Nullable String language,
        String isoTime,
        String relativeTime) {}
