package org.broadsheet.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The feed addresses an HTML page points to: its {@code <link rel="alternate">} and {@code <link rel="feed">}
 * elements first, then {@code <a href>} links on the same host whose path looks like a feed's, each in document order,
 * resolved against the page's URL or its {@code <base href>}, without duplicates.
 */
final class FeedLinks {
    private static final Set<String> FEED_TYPES =
            Set.of("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml");
    private static final List<String> FEED_PATH_ENDINGS =
            List.of("/feed", "/rss", ".rss", ".atom", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/feed.json");

    /** A candidate feed address and the title its link gave it, if any. */
    record Candidate(URI url, @Nullable String title) {}

    private FeedLinks() {}

    /** The candidates in {@code html} (decoded by its own declaration or as UTF-8), best first. */
    static List<Candidate> find(byte[] html, URI pageUrl) {
        Document doc;
        try {
            // A null charset lets jsoup read the byte order mark or <meta charset>, falling back to UTF-8.
            doc = Jsoup.parse(new ByteArrayInputStream(html), null, pageUrl.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory page failed", e);
        }
        Map<URI, Candidate> found = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel][href]")) {
            if (isFeedLink(link)) {
                add(found, link.absUrl("href"), link.attr("title"));
            }
        }
        for (Element anchor : doc.select("a[href]")) {
            URI url = httpUrl(anchor.absUrl("href"));
            if (url != null && sameHost(url, pageUrl) && hasFeedPath(url)) {
                add(found, url.toString(), anchor.attr("title"));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean isFeedLink(Element link) {
        List<String> rels = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
        String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            type = type.substring(0, semicolon).strip();
        }
        if (rels.contains("feed") && (type.isEmpty() || FEED_TYPES.contains(type))) {
            return true;
        }
        if (!rels.contains("alternate")) {
            return false;
        }
        if (type.equals("application/json")) {
            // Plain JSON alternates are often API documents (oEmbed, REST); only take one that says it is a feed.
            String hint = (link.attr("title") + " " + link.attr("href")).toLowerCase(Locale.ROOT);
            return hint.contains("feed");
        }
        return FEED_TYPES.contains(type);
    }

    private static void add(Map<URI, Candidate> found, String href, String title) {
        URI url = httpUrl(href);
        if (url != null) {
            found.putIfAbsent(url, new Candidate(url, title.isBlank() ? null : title.strip()));
        }
    }

    /** The URL without its fragment when it is absolute http or https, else null. */
    private static @Nullable URI httpUrl(String href) {
        if (href.isEmpty()) {
            return null;
        }
        try {
            URI url = new URI(href);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
                return null;
            }
            return url.getRawFragment() == null ? url : new URI(href.substring(0, href.indexOf('#')));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost());
    }

    private static boolean hasFeedPath(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        for (String ending : FEED_PATH_ENDINGS) {
            if (path.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
