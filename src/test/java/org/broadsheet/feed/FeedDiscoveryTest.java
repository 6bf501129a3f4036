package org.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.fetch.HttpFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Discovery against a real HTTP server on 127.0.0.1 serving small sites. */
class FeedDiscoveryTest {
    private final LocalSite site = new LocalSite();
    private final HttpFetcher fetcher = new HttpFetcher(
            FetchSettings.defaults().withAllowPrivateAddresses(true).withTotalTimeout(Duration.ofSeconds(5)));
    private final FeedDiscovery discovery = new FeedDiscovery(fetcher);

    @AfterEach
    void close() {
        fetcher.close();
        site.close();
    }

    @Test
    void findsLinkedRssAndAtomFeedsInDocumentOrder() throws Exception {
        site.serve(
                        "/",
                        LocalSite.HTML,
                        LocalSite.page(
                                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/rss.xml\">"
                                        + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\">"
                                        + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml#x\">",
                                "<a href=\"/feed\">not needed</a>"))
                .serve("/rss.xml", LocalSite.RSS, LocalSite.rss("Daily News"))
                .serve("/atom.xml", LocalSite.ATOM, LocalSite.atom("Daily News (Atom)"));

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/"));

        assertThat(feeds)
                .containsExactly(
                        new DiscoveredFeed(site.url("/rss.xml"), "rss_2.0", "Daily News"),
                        new DiscoveredFeed(site.url("/atom.xml"), "atom_1.0", "Daily News (Atom)"));
        assertThat(site.requested).containsExactly("/", "/rss.xml", "/atom.xml", "/feed");
    }

    @Test
    void followsAnAnchorToAFeedPathOnTheSameHost() throws Exception {
        site.serve(
                        "/home",
                        LocalSite.HTML,
                        LocalSite.page(
                                "",
                                "<a href=\"/about\">About</a><a href=\"http://other.example/feed.xml\">Elsewhere</a>"
                                        + "<a href=\"/feed.xml\">Subscribe</a>"))
                .serve("/feed.xml", LocalSite.RSS, LocalSite.rss("Anchored"));

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/home"));

        assertThat(feeds).extracting(DiscoveredFeed::url).containsExactly(site.url("/feed.xml"));
        assertThat(site.requested).containsExactly("/home", "/feed.xml");
    }

    @Test
    void probesCommonPathsWhenThePageLinksToNoFeed() throws Exception {
        site.serve("/section/page.html", LocalSite.HTML, LocalSite.page("", "<p>Welcome</p>"))
                .serve("/rss.xml", LocalSite.RSS, LocalSite.rss("Probed"))
                .serve("/atom.xml", LocalSite.ATOM, LocalSite.atom("Not reached"));

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/section/page.html"));

        assertThat(feeds).containsExactly(new DiscoveredFeed(site.url("/rss.xml"), "rss_2.0", "Probed"));
        assertThat(site.requested).containsExactly("/section/page.html", "/feed", "/rss", "/feed.xml", "/rss.xml");
    }

    @Test
    void failsWithNoFeedFoundAfterAtMostEightProbes() {
        site.serve("/", LocalSite.HTML, LocalSite.page("", "<p>Nothing to subscribe to</p>"));

        assertThatThrownBy(() -> discovery.discover(site.url("/")))
                .isInstanceOf(FeedDiscoveryException.class)
                .extracting(e -> ((FeedDiscoveryException) e).code())
                .isEqualTo("NO_FEED_FOUND");
        // The page, the common feed paths, then robots.txt and the common sitemap paths.
        assertThat(site.requested)
                .hasSize(1 + FeedDiscovery.COMMON_PATHS.size() + 1 + NewsSitemaps.COMMON_PATHS.size());
        assertThat(FeedDiscovery.COMMON_PATHS).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void returnsAFeedAddressAsItIs() throws Exception {
        site.serve("/feed.atom", LocalSite.ATOM, LocalSite.atom("Direct"));

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/feed.atom"));

        assertThat(feeds).containsExactly(new DiscoveredFeed(site.url("/feed.atom"), "atom_1.0", "Direct"));
        assertThat(site.requested).containsExactly("/feed.atom");
    }

    @Test
    void reportsThePagesOwnFetchFailure() {
        assertThatThrownBy(() -> discovery.discover(site.url("/missing")))
                .isInstanceOf(FeedDiscoveryException.class)
                .extracting(e -> ((FeedDiscoveryException) e).code())
                .isEqualTo("HTTP_404");
        assertThat(site.requested).containsExactly("/missing");
    }

    @Test
    void refusesAPrivateAddressWhenTheFetcherDoes() {
        try (HttpFetcher guarded = new HttpFetcher(FetchSettings.defaults())) {
            assertThatThrownBy(() -> new FeedDiscovery(guarded).discover(site.url("/")))
                    .isInstanceOf(FeedDiscoveryException.class)
                    .extracting(e -> ((FeedDiscoveryException) e).code())
                    .isEqualTo("BLOCKED_ADDRESS");
        }
        assertThat(site.requested).isEmpty();
    }

    @Test
    void resolvesLinksAgainstTheBaseHref() throws Exception {
        site.serve(
                        "/",
                        LocalSite.HTML,
                        LocalSite.page(
                                "<base href=\"/blog/\">"
                                        + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.atom\">",
                                ""))
                .serve("/blog/feed.atom", LocalSite.ATOM, LocalSite.atom("Blog"));

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/"));

        assertThat(feeds).extracting(DiscoveredFeed::url).containsExactly(site.url("/blog/feed.atom"));
    }

    @Test
    void takesJsonAlternatesOnlyWhenTheySayFeedAndSkipsLinksThatAreNotFeeds() throws Exception {
        site.serve(
                        "/",
                        LocalSite.HTML,
                        LocalSite.page(
                                "<link rel=\"alternate\" type=\"application/json\" href=\"/wp-json/wp/v2/pages/1\">"
                                        + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/broken.xml\">"
                                        + "<link rel=\"feed alternate\" type=\"application/json\" title=\"JSON Feed\""
                                        + " href=\"/feed.json\">",
                                ""))
                .serve("/broken.xml", LocalSite.HTML, LocalSite.page("", "moved"))
                .serve(
                        "/feed.json",
                        "application/feed+json",
                        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Jay\",\"items\":[]}");

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/"));

        assertThat(feeds).extracting(DiscoveredFeed::url).containsExactly(site.url("/feed.json"));
        assertThat(feeds.get(0).format()).startsWith("json");
        assertThat(site.requested).doesNotContain("/wp-json/wp/v2/pages/1");
    }

    @Test
    void stopsAtTheTimeBudget() {
        site.serve(
                "/",
                LocalSite.HTML,
                LocalSite.page("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">", ""));

        assertThatThrownBy(() -> discovery.withTimeBudget(Duration.ofNanos(1)).discover(site.url("/")))
                .isInstanceOf(FeedDiscoveryException.class)
                .extracting(e -> ((FeedDiscoveryException) e).code())
                .isEqualTo("SEARCH_TIMEOUT");
        assertThat(site.requested).containsExactly("/");
    }

    @Test
    void readsOnlyHttpLinks() {
        assertThat(FeedLinks.find(
                        LocalSite.page(
                                        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:x()\">",
                                        "<a href=\"ftp://h/feed\">x</a>")
                                .getBytes(),
                        URI.create("http://h/")))
                .isEmpty();
    }

    @Test
    void fallsBackToCommonPathsWhenTheLinkedFeedIsGone() throws Exception {
        site.serve(
                        "/",
                        LocalSite.HTML,
                        LocalSite.page(
                                "<link rel=alternate type=application/rss+xml href=/old.rss>",
                                "<a href=/feed>Feed</a>"))
                .serve("/rss", LocalSite.RSS, LocalSite.rss("Moved"));

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/"));

        assertThat(feeds).extracting(DiscoveredFeed::url).containsExactly(site.url("/rss"));
        // "/feed" was tried as a link, so probing does not ask for it again.
        assertThat(site.requested).containsExactly("/", "/old.rss", "/feed", "/rss");
    }

    @Test
    void fetchesAtMostEightCandidatesHoweverManyThePageLists() {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            links.append("<link rel=alternate type=application/rss+xml href=/gone-")
                    .append(i)
                    .append(".xml>");
        }
        site.serve("/", LocalSite.HTML, LocalSite.page(links.toString(), ""));

        assertThatThrownBy(() -> discovery.discover(site.url("/")))
                .isInstanceOf(FeedDiscoveryException.class)
                .extracting(e -> ((FeedDiscoveryException) e).code())
                .isEqualTo("NO_FEED_FOUND");
        assertThat(site.requested)
                .hasSize(1 + FeedDiscovery.MAX_CANDIDATE_FETCHES + 1 + NewsSitemaps.COMMON_PATHS.size());
    }

    @Test
    void fallsBackToTheNewsSitemapThatRobotsTxtNamesThroughItsIndex() throws Exception {
        String index = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.url("/maps/pages.xml") + "</loc></sitemap>"
                + "<sitemap><loc>" + site.url("/maps/news-1.xml") + "</loc></sitemap></sitemapindex>";
        site.serve("/", LocalSite.HTML, LocalSite.page("", "<p>No feeds here</p>"))
                .serve("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n\nSitemap: /maps/index.xml\n")
                .serve("/maps/index.xml", "application/xml", index)
                .serve("/maps/news-1.xml", "application/xml", newsSitemap(site.url("/news/tide"), "Tide rises"));

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/"));

        assertThat(feeds).containsExactly(new DiscoveredFeed(site.url("/maps/news-1.xml"), "sitemap_news", null));
        assertThat(site.requested).endsWith("/robots.txt", "/maps/index.xml", "/maps/news-1.xml");
    }

    @Test
    void triesTheCommonNewsSitemapPathsWithoutRobotsTxt() throws Exception {
        site.serve("/", LocalSite.HTML, LocalSite.page("", "<p>No feeds here</p>"))
                .serve("/sitemap_news.xml", "application/xml", newsSitemap(site.url("/news/tide"), "Tide rises"));

        List<DiscoveredFeed> feeds = discovery.discover(site.url("/"));

        assertThat(feeds).extracting(DiscoveredFeed::url).containsExactly(site.url("/sitemap_news.xml"));
    }

    static String newsSitemap(URI article, String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + article + "</loc>"
                + "<news:news><news:publication><news:name>Tides</news:name><news:language>en</news:language>"
                + "</news:publication><news:publication_date>2026-11-27T08:30:00Z</news:publication_date>"
                + "<news:title>" + title + "</news:title></news:news></url></urlset>";
    }
}
