package org.broadsheet.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache and the reading of rules; the HTTP side is in {@link PoliteFetcherTest}. */
class RobotsRulesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final List<URI> asked = new ArrayList<>();

    private RobotsRules.Loader serving(String robotsTxt) {
        return url -> {
            asked.add(url);
            return new FetchResult(
                    url, 200, false, robotsTxt.getBytes(UTF_8), "text/plain", null, null, null, Duration.ZERO);
        };
    }

    @Test
    void readsTheCrawlDelayOfOurGroup() throws Exception {
        RobotsRules robots = new RobotsRules("Broadsheet", clock);

        RobotsRules.Site site = robots.siteOf(
                URI.create("https://news.example/a"), serving("User-agent: broadsheet\nCrawl-delay: 5\nDisallow:\n"));

        assertThat(site.crawlDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(asked).containsExactly(URI.create("https://news.example/robots.txt"));
    }

    @Test
    void noCrawlDelayMeansZero() throws Exception {
        RobotsRules robots = new RobotsRules("Broadsheet", clock);

        RobotsRules.Site site = robots.siteOf(URI.create("https://news.example/a"), serving("User-agent: *\n"));

        assertThat(site.crawlDelay()).isZero();
    }

    @Test
    void keepsSchemesAndPortsApart() throws Exception {
        RobotsRules robots = new RobotsRules("Broadsheet", clock);
        RobotsRules.Loader loader = serving("");

        robots.siteOf(URI.create("https://news.example/a"), loader);
        robots.siteOf(URI.create("https://NEWS.example:443/b"), loader);
        robots.siteOf(URI.create("http://news.example/a"), loader);
        robots.siteOf(URI.create("https://news.example:8443/a"), loader);

        assertThat(asked).hasSize(3);
    }

    @Test
    void forgetsTheLeastRecentlyUsedSiteWhenFull() throws Exception {
        RobotsRules robots = new RobotsRules("Broadsheet", clock, Duration.ofHours(24), Duration.ofHours(1), 2);
        RobotsRules.Loader loader = serving("");

        robots.siteOf(URI.create("https://a.example/"), loader);
        robots.siteOf(URI.create("https://b.example/"), loader);
        robots.siteOf(URI.create("https://a.example/"), loader);
        robots.siteOf(URI.create("https://c.example/"), loader);
        robots.siteOf(URI.create("https://a.example/"), loader);
        robots.siteOf(URI.create("https://b.example/"), loader);

        assertThat(asked).extracting(URI::getHost).containsExactly("a.example", "b.example", "c.example", "b.example");
    }

    @Test
    void treatsTooManyRedirectsAsNoRules() throws Exception {
        RobotsRules robots = new RobotsRules("Broadsheet", clock);
        URI page = URI.create("https://news.example/a");

        RobotsRules.Site site = robots.siteOf(page, url -> {
            throw new FetchException(FetchFailure.TOO_MANY_REDIRECTS, url, "too many", null);
        });

        site.check(page); // does not throw
    }
}
