package org.broadsheet.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Google News sitemap ({@code <urlset>} whose {@code <url>} elements carry {@code <news:news>}) as a feed, for
 * sites that publish no RSS or Atom: each article's {@code <loc>} is its link and id, {@code <news:title>} its title
 * and {@code <news:publication_date>} its publication time; newest first. URLs without news data are left out. The
 * document type declaration is removed before crawler-commons parses it, as for feeds, so no entity is ever resolved.
 */
final class NewsSitemapReader {
    static final String FORMAT = "sitemap_news";

    private NewsSitemapReader() {}

    /** Whether the document's root element is a sitemap's {@code <urlset>} or {@code <sitemapindex>}. */
    static boolean looksLikeSitemap(byte[] body) {
        String head =
                new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String rest = head.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!doctype[^>]*>", "");
        int first = rest.indexOf('<');
        return first >= 0 && (rest.startsWith("<urlset", first) || rest.startsWith("<sitemapindex", first));
    }

    /** The news entries of a sitemap; a sitemap index or one without news entries is {@code NOT_A_FEED}. */
    static ParsedFeed read(byte[] body, @Nullable String contentType, @Nullable URI baseUrl) throws FeedParseException {
        String xml = LenientXml.withoutDoctype(new String(body, StandardCharsets.UTF_8));
        AbstractSiteMap parsed;
        try {
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            parsed = parser.parseSiteMap("text/xml", xml.getBytes(StandardCharsets.UTF_8), sitemapUrl(baseUrl));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FeedParseException(FeedParseFailure.MALFORMED_FEED, "Unreadable sitemap: " + e.getMessage(), e);
        }
        if (parsed.isIndex() || !(parsed instanceof SiteMap sitemap)) {
            throw new FeedParseException(
                    FeedParseFailure.NOT_A_FEED, "A sitemap index, not a sitemap with news entries", null);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SiteMapURL url : sitemap.getSiteMapUrls()) {
            NewsAttributes news = news(url);
            if (news == null) {
                continue;
            }
            String link = url.getUrl().toString();
            Instant published = news.getPublicationDateTime() == null
                    ? null
                    : news.getPublicationDateTime().toInstant();
            Instant updated =
                    url.getLastModified() == null ? null : url.getLastModified().toInstant();
            String title = news.getTitle() == null ? null : FeedText.plain(news.getTitle());
            entries.add(new FeedEntry(link, title, link, published, updated, null, null, null, List.of(), List.of()));
        }
        if (entries.isEmpty()) {
            throw new FeedParseException(FeedParseFailure.NOT_A_FEED, "A sitemap without news entries", null);
        }
        entries.sort(Comparator.comparing(FeedEntry::published, Comparator.nullsLast(Comparator.reverseOrder())));
        return new ParsedFeed(FORMAT, new FeedInfo(null, null, null, null, null), entries, List.of());
    }

    private static @Nullable NewsAttributes news(SiteMapURL url) {
        ExtensionMetadata[] attributes = url.getAttributesForExtension(Extension.NEWS);
        if (attributes == null) {
            return null;
        }
        for (ExtensionMetadata metadata : attributes) {
            if (metadata instanceof NewsAttributes news) {
                return news;
            }
        }
        return null;
    }

    private static URL sitemapUrl(@Nullable URI baseUrl) throws FeedParseException {
        try {
            return (baseUrl != null ? baseUrl : URI.create("http://localhost/sitemap.xml")).toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new FeedParseException(FeedParseFailure.NOT_A_FEED, "The sitemap's address is not a URL", e);
        }
    }
}
