package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/**
 * An article as its page shows it.
 *
 * @param language the article's ISO 639-1 language, when known, for the {@code lang} attribute
 * @param date the publication date as {@code dd-MM-yyyy} in the site's zone
 * @param leadImage the lead image, unless the body already opens with it
 * @param bodyHtml the sanitised body, or null when the outlet's display policy allows only an excerpt
 * @param standfirst the summary shown above a full body, or null when the body already opens with it
 * @param original the publisher's address of the article (canonical when known)
 * @param contentNotice a line telling readers the body may be incomplete (truncated or paywalled), or null
 */
public record ArticleView(
        long id,
        String title,
        @Nullable String language,
        String outlet,
        String sourceHref,
        String date,
        String dateTime,
        String isoTime,
        String relativeTime,
        @Nullable String byline,
        @Nullable String leadImage,
        @Nullable String bodyHtml,
        String excerpt,
        @Nullable String standfirst,
        String original,
        @Nullable String contentNotice) {

    /** True when the page shows the full body, false when it shows the excerpt and sends readers to the outlet. */
    public boolean full() {
        return bodyHtml != null;
    }

    /** The same article with another body, such as one with an answer marked in it. */
    public ArticleView withBodyHtml(@Nullable String html) {
        return new ArticleView(
                id,
                title,
                language,
                outlet,
                sourceHref,
                date,
                dateTime,
                isoTime,
                relativeTime,
                byline,
                leadImage,
                html,
                excerpt,
                standfirst,
                original,
                contentNotice);
    }
}
