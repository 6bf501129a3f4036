package org.broadsheet.extract;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The readable content and metadata of one article page.
 *
 * @param title the headline, without a trailing " | Site name"
 * @param byline the author or authors, as the page names them
 * @param siteName the publication's name
 * @param published when the article was first published
 * @param language the ISO 639-1 code of the page's language, such as {@code en}
 * @param image the article's lead image, an absolute URL
 * @param excerpt a summary: the page's description, else the article's first paragraph (whole; lists shorten it)
 * @param text plain text of the article body, paragraphs separated by one blank line; empty when there is none
 * @param html sanitised HTML of the article body with absolute URLs; empty when there is none
 * @param canonicalUrl the page's canonical address, when it declares one
 * @param paywall what the page says about being for subscribers: nothing, an offer beside the article, a "subscribe
 *     to continue reading" prompt, or markup saying the article is gated (see {@link PaywallSign})
 */
public record ExtractedArticle(
        @Nullable String title,
        @Nullable String byline,
        @Nullable String siteName,
        @Nullable Instant published,
        @Nullable String language,
        @Nullable URI image,
        @Nullable String excerpt,
        String text,
        String html,
        @Nullable URI canonicalUrl,
        PaywallSign paywall) {

    public ExtractedArticle {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(paywall, "paywall");
    }

    /** An article with no text and no metadata: what a source that gave nothing amounts to. */
    public static ExtractedArticle empty() {
        return new ExtractedArticle(null, null, null, null, null, null, null, "", "", null, PaywallSign.NONE);
    }

    /** Returns the number of whitespace-separated words in {@link #text()}. */
    public int wordCount() {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
