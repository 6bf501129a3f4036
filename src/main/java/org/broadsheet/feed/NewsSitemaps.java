package org.broadsheet.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a site without feeds keeps its news sitemap: the {@code Sitemap:} lines of its robots.txt, then the usual
 * paths; and, inside a sitemap index, the child sitemaps whose address says "news".
 */
final class NewsSitemaps {
    /** Paths tried after the robots.txt lines, in this order. */
    static final List<String> COMMON_PATHS = List.of("/news-sitemap.xml", "/sitemap_news.xml", "/sitemap.xml");

    private NewsSitemaps() {}

    /** The sitemaps to try for a site: those robots.txt names (news ones first), then the common paths. */
    static List<URI> candidates(URI site, String robotsTxt) {
        Set<URI> named = new LinkedHashSet<>();
        for (String line : robotsTxt.split("\\R")) {
            String clean = line.strip();
            if (clean.regionMatches(true, 0, "sitemap:", 0, 8)) {
                try {
                    URI url = site.resolve(new URI(clean.substring(8).strip()));
                    if ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) {
                        named.add(url);
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // A line that is not a URL names nothing.
                }
            }
        }
        List<URI> ordered = new ArrayList<>();
        named.stream().filter(NewsSitemaps::saysNews).forEach(ordered::add);
        named.stream().filter(u -> !saysNews(u)).forEach(ordered::add);
        for (String path : COMMON_PATHS) {
            URI url = site.resolve(path);
            if (!ordered.contains(url)) {
                ordered.add(url);
            }
        }
        return ordered;
    }

    /** The news sitemaps a sitemap index lists; empty when {@code body} is not an index. */
    static List<URI> newsChildren(byte[] body, URI indexUrl) {
        try {
            SiteMapParser parser = new SiteMapParser(false);
            String xml = LenientXml.withoutDoctype(new String(body, StandardCharsets.UTF_8));
            AbstractSiteMap parsed =
                    parser.parseSiteMap("text/xml", xml.getBytes(StandardCharsets.UTF_8), indexUrl.toURL());
            if (!(parsed instanceof crawlercommons.sitemaps.SiteMapIndex index)) {
                return List.of();
            }
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                URI url = child.getUrl().toURI();
                if (saysNews(url)) {
                    children.add(url);
                }
            }
            return children;
        } catch (Exception e) {
            // Not a sitemap index (or not XML at all): nothing to follow.
            return List.of();
        }
    }

    private static boolean saysNews(URI url) {
        return url.toString().toLowerCase(Locale.ROOT).contains("news");
    }
}
