package org.broadsheet.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.broadsheet.extract.ExtractedArticle;
import org.broadsheet.feed.Enclosure;
import org.broadsheet.feed.FeedEntry;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.ContentFlag;
import org.broadsheet.store.Source;
import org.jspecify.annotations.Nullable;

/**
 * Merges what the feed says about an entry with what was extracted from its page (or from the feed's own content)
 * into the article to store. The feed wins for identity and dates; the page wins for the body. Also builds the update
 * of a stored article whose page was extracted again.
 */
final class DraftAssembler {
    private static final int EXCERPT_LENGTH = 300;

    ArticleDraft assemble(
            Source source,
            FeedEntry entry,
            URI url,
            ExtractedArticle body,
            @Nullable ContentFlag flag,
            Instant fetched) {
        String title = firstNonBlank(entry.title(), body.title(), url.toString());
        Instant published = entry.published() != null
                ? entry.published()
                : body.published() != null ? body.published() : entry.updated();
        String excerpt = firstNonBlank(body.excerpt(), shorten(body.text()), "");
        return new ArticleDraft(
                source.id(),
                url,
                CanonicalUrl.ofNullable(body.canonicalUrl()),
                entry.id(),
                title,
                firstNonBlankOrNull(entry.author(), body.byline()),
                published,
                entry.updated(),
                fetched,
                firstNonBlankOrNull(body.language(), source.language()),
                body.text(),
                body.html(),
                shorten(excerpt),
                body.image() != null ? body.image() : imageOf(entry),
                body.wordCount(),
                sha256(title + "\n" + body.text()),
                flag);
    }

    /**
     * The stored article with a newly extracted body: identity, title, dates and feed byline stay; text, HTML,
     * excerpt, language, lead image (when the page has one) and {@code flag} are the new extraction's.
     */
    ArticleDraft rebody(Article stored, ExtractedArticle body, @Nullable ContentFlag flag) {
        String excerpt = firstNonBlank(body.excerpt(), shorten(body.text()), "");
        return new ArticleDraft(
                stored.sourceId(),
                stored.url(),
                body.canonicalUrl() != null ? body.canonicalUrl() : stored.canonicalUrl(),
                stored.guid(),
                stored.title(),
                firstNonBlankOrNull(stored.byline(), body.byline()),
                stored.published(),
                stored.updated(),
                stored.fetched(),
                firstNonBlankOrNull(body.language(), stored.language()),
                body.text(),
                body.html(),
                shorten(excerpt),
                body.image() != null ? body.image() : stored.image(),
                body.wordCount(),
                sha256(stored.title() + "\n" + body.text()),
                flag);
    }

    /** The stored article unchanged but for its flag. */
    ArticleDraft reflag(Article stored, @Nullable ContentFlag flag) {
        return new ArticleDraft(
                stored.sourceId(),
                stored.url(),
                stored.canonicalUrl(),
                stored.guid(),
                stored.title(),
                stored.byline(),
                stored.published(),
                stored.updated(),
                stored.fetched(),
                stored.language(),
                stored.text(),
                stored.html(),
                stored.excerpt(),
                stored.image(),
                stored.wordCount(),
                stored.contentHash(),
                flag);
    }

    private static @Nullable URI imageOf(FeedEntry entry) {
        for (Enclosure enclosure : entry.enclosures()) {
            String type = enclosure.type();
            if (type == null || type.startsWith("image/")) {
                try {
                    return URI.create(enclosure.url());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "…";
    }

    private static String firstNonBlank(@Nullable String a, @Nullable String b, String fallback) {
        String value = firstNonBlankOrNull(a, b);
        return value != null ? value : fallback;
    }

    private static @Nullable String firstNonBlankOrNull(@Nullable String a, @Nullable String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        if (b != null && !b.isBlank()) {
            return b.strip();
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
