package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.jsoup.nodes.Entities;

/**
 * What search engines and browsers ask a news site for by convention: {@code robots.txt} (reader pages open, private
 * and machine addresses closed), a sitemap index, a sitemap of the site's own pages, a news sitemap of the last 48
 * hours (the sitemaps protocol with Google's news extension) and {@code favicon.ico}.
 */
final class Crawlers {
    /** A news sitemap lists the articles of the last two days, at most 1,000 (the protocol's limit). */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);

    private static final int NEWS_LIMIT = 1000;
    private static final String XML = "application/xml; charset=utf-8";

    private final ArticleStore articles;
    private final SourceStore sources;
    private final Site site;
    private final Clock clock;

    Crawlers(WebServices services, PageTools tools, Clock clock) {
        this.articles = services.articles();
        this.sources = services.sources();
        this.site = tools.site();
        this.clock = clock;
    }

    /** {@code GET /robots.txt}. */
    void robots(Context ctx) {
        String base = base(ctx);
        ctx.contentType("text/plain; charset=utf-8")
                .result("User-agent: *\n"
                        + "Disallow: /admin\n"
                        + "Disallow: /account\n"
                        + "Disallow: /login\n"
                        + "Disallow: /signup\n"
                        + "Disallow: /comments/\n"
                        + "Disallow: /media/\n"
                        + "Disallow: /api/\n"
                        + "Disallow: /fever\n"
                        + "Disallow: /reader/\n"
                        + "Disallow: /accounts/\n"
                        + "Disallow: /search\n"
                        + "Allow: /\n"
                        + "\n"
                        + "Sitemap: " + base + "/sitemap.xml\n");
    }

    /** {@code GET /sitemap.xml}: the index of the site's sitemaps. */
    void index(Context ctx) {
        String base = base(ctx);
        ctx.contentType(XML)
                .result("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                        + "  <sitemap><loc>" + base + "/sitemap-pages.xml</loc></sitemap>\n"
                        + "  <sitemap><loc>" + base + "/sitemap-news.xml</loc></sitemap>\n"
                        + "</sitemapindex>\n");
    }

    /** {@code GET /sitemap-pages.xml}: the front page, the indexes and every outlet's page. */
    void pages(Context ctx) {
        String base = base(ctx);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : List.of("/", "/latest", "/stories", "/sources")) {
            xml.append("  <url><loc>").append(base).append(path).append("</loc></url>\n");
        }
        for (Source source : sources.all()) {
            xml.append("  <url><loc>")
                    .append(base)
                    .append(Views.sourceHref(source.id()))
                    .append("</loc></url>\n");
        }
        ctx.contentType(XML).result(xml.append("</urlset>\n").toString());
    }

    /** {@code GET /sitemap-news.xml}: the articles of the last 48 hours, newest first. */
    void news(Context ctx) {
        String base = base(ctx);
        Instant since = clock.instant().minus(NEWS_WINDOW);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (Article article : articles.list(ArticleQuery.latest(NEWS_LIMIT))) {
            if (article.sortTime().isBefore(since)) {
                break;
            }
            xml.append("  <url><loc>")
                    .append(base)
                    .append(Views.articleHref(article.id()))
                    .append("</loc><news:news><news:publication><news:name>")
                    .append(Entities.escape(site.name()))
                    .append("</news:name><news:language>")
                    .append(article.language() == null ? "en" : article.language())
                    .append("</news:language></news:publication><news:publication_date>")
                    .append(DateTimeFormatter.ISO_INSTANT.format(article.sortTime()))
                    .append("</news:publication_date><news:title>")
                    .append(Entities.escape(article.title()))
                    .append("</news:title></news:news></url>\n");
        }
        ctx.contentType(XML).result(xml.append("</urlset>\n").toString());
    }

    /** {@code GET /favicon.ico}: browsers ask for it whatever the page says; the site's logo answers. */
    void favicon(Context ctx) {
        ctx.redirect("/static/logo.svg", HttpStatus.MOVED_PERMANENTLY);
    }

    /** The site's own origin as the request reached it, such as {@code https://news.example.org}. */
    private static String base(Context ctx) {
        String host = ctx.host();
        return ctx.scheme() + "://" + (host == null ? "localhost" : host);
    }
}
