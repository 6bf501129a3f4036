package org.broadsheet.feed;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.broadsheet.fetch.FetchException;
import org.broadsheet.fetch.FetchRequest;
import org.broadsheet.fetch.FetchResult;
import org.broadsheet.fetch.HttpFetcher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the feeds behind an address a person pasted, usually a site's home page: the address itself when it is a
 * feed; else the feeds the page links to ({@code <link rel="alternate">} first, then {@code <a href>} links such as
 * {@code /feed.xml}); when none of those is a feed, the first of a few common feed paths on the same origin that
 * answers with one. Every
 * feed returned has been fetched and parsed. All requests go through the given {@link HttpFetcher}, so its address
 * guard, size and time limits apply; at most {@value #MAX_CANDIDATE_FETCHES} addresses besides the page are fetched.
 *
 * <p>A site without any feed is read through its news sitemap ({@code <news:news>} entries): the {@code Sitemap:}
 * lines of its robots.txt, then {@link NewsSitemaps#COMMON_PATHS}, following a sitemap index to its news children; at
 * most {@value #MAX_SITEMAP_FETCHES} more requests. The sitemap's URL becomes the feed URL ({@code sitemap_news}).
 *
 * <p>Thread-safe when the fetcher is.
 */
public final class FeedDiscovery implements FeedFinder {
    private static final Logger log = LoggerFactory.getLogger(FeedDiscovery.class);
    /** Paths tried, in this order, when the page links to no feed. */
    static final List<String> COMMON_PATHS = List.of(
            "/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml", "/feed.json", "/feeds/posts/default");
    /** How many candidate addresses are fetched at most, whichever way they were found. */
    static final int MAX_CANDIDATE_FETCHES = 8;
    /** How many requests the news sitemap fallback makes at most, robots.txt included. */
    static final int MAX_SITEMAP_FETCHES = 5;
    /** How many verified feeds are returned at most. */
    static final int MAX_FEEDS = 3;

    private final HttpFetcher fetcher;
    private final FeedParser parser = new FeedParser();
    private final @Nullable Duration budget;

    /** Discovery through {@code fetcher}, limited in time only by the fetcher's own timeout per request. */
    public FeedDiscovery(HttpFetcher fetcher) {
        this(fetcher, null);
    }

    private FeedDiscovery(HttpFetcher fetcher, @Nullable Duration budget) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.budget = budget;
    }

    /**
     * Returns a copy that starts no new request once {@code budget} has passed since {@link #discover} began, for
     * callers that wait on the answer, such as a web form. Each request is still bounded by the fetcher's timeout.
     */
    public FeedDiscovery withTimeBudget(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive: " + budget);
        }
        return new FeedDiscovery(fetcher, budget);
    }

    /** Same as {@link #discover}. */
    @Override
    public List<DiscoveredFeed> find(URI url) throws FeedDiscoveryException {
        return discover(url);
    }

    /**
     * Returns the feeds to use for {@code url}, best first and never empty: just {@code url} when it is a feed itself.
     *
     * @throws FeedDiscoveryException with {@code NO_FEED_FOUND} when nothing parses as a feed, {@code SEARCH_TIMEOUT}
     *     when the time budget ran out first, or the fetch's code ({@code HTTP_404}, {@code BLOCKED_ADDRESS}, ...) when
     *     {@code url} itself cannot be fetched
     */
    public List<DiscoveredFeed> discover(URI url) throws FeedDiscoveryException {
        Objects.requireNonNull(url, "url");
        // Only read with a budget; nanoTime may be negative, so no sentinel stands for "no deadline".
        long deadline = budget == null ? 0 : System.nanoTime() + budget.toNanos();
        FetchResult page;
        try {
            page = fetcher.fetch(FetchRequest.of(url));
        } catch (FetchException e) {
            throw FeedDiscoveryException.pageFailed(url, e);
        }
        URI pageUrl = page.permanentRedirect() != null ? page.permanentRedirect() : url;
        DiscoveredFeed itself = parse(page, pageUrl, null);
        if (itself != null) {
            return List.of(itself);
        }
        List<FeedLinks.Candidate> linked = FeedLinks.find(page.body(), page.url());
        Search search = new Search(deadline);
        search.verify(linked, MAX_FEEDS);
        if (search.feeds.isEmpty()) {
            // No links, or only stale ones: try the usual places, with whatever is left of the request limit.
            search.verify(commonPaths(page.url()), 1);
        }
        if (search.feeds.isEmpty() && !search.outOfTime) {
            search.verifySitemaps(page.url());
        }
        if (!search.feeds.isEmpty()) {
            return List.copyOf(search.feeds);
        }
        if (search.outOfTime) {
            throw new FeedDiscoveryException(
                    FeedDiscoveryException.SEARCH_TIMEOUT, url, "Ran out of time looking for a feed at " + url, null);
        }
        throw new FeedDiscoveryException(FeedDiscoveryException.NO_FEED_FOUND, url, "No feed found at " + url, null);
    }

    /** One run over candidates: fetches them in order within the limits and keeps those that parse. */
    private final class Search {
        private final long deadline;
        private final List<DiscoveredFeed> feeds = new ArrayList<>();
        private final Set<URI> tried = new HashSet<>();
        private int fetches;
        private boolean outOfTime;

        Search(long deadline) {
            this.deadline = deadline;
        }

        void verify(List<FeedLinks.Candidate> candidates, int wanted) {
            for (FeedLinks.Candidate candidate : candidates) {
                if (feeds.size() >= wanted || fetches >= MAX_CANDIDATE_FETCHES) {
                    return;
                }
                if (!tried.add(candidate.url())) {
                    continue;
                }
                if (budget != null && System.nanoTime() - deadline >= 0) {
                    outOfTime = true;
                    return;
                }
                fetches++;
                try {
                    FetchResult result = fetcher.fetch(FetchRequest.of(candidate.url()));
                    URI feedUrl = result.permanentRedirect() != null ? result.permanentRedirect() : candidate.url();
                    DiscoveredFeed feed = parse(result, feedUrl, candidate.title());
                    if (feed != null && feeds.stream().noneMatch(f -> f.url().equals(feed.url()))) {
                        feeds.add(feed);
                    }
                } catch (FetchException e) {
                    log.atDebug()
                            .addKeyValue("url", candidate.url())
                            .addKeyValue("reason", e.code())
                            .log("Feed candidate not fetched");
                }
            }
        }

        /** The news sitemap fallback: the first candidate that parses as a news sitemap, following indexes. */
        void verifySitemaps(URI pageUrl) {
            URI site = pageUrl.resolve("/");
            java.util.Deque<URI> queue =
                    new java.util.ArrayDeque<>(NewsSitemaps.candidates(site, textOrEmpty(site.resolve("/robots.txt"))));
            int left = MAX_SITEMAP_FETCHES - 1;
            while (!queue.isEmpty() && left > 0 && feeds.isEmpty()) {
                URI url = queue.poll();
                if (!tried.add(url)) {
                    continue;
                }
                if (budget != null && System.nanoTime() - deadline >= 0) {
                    outOfTime = true;
                    return;
                }
                left--;
                try {
                    FetchResult result = fetcher.fetch(FetchRequest.of(url));
                    DiscoveredFeed feed = parse(result, url, null);
                    if (feed != null) {
                        feeds.add(feed);
                    } else {
                        List<URI> children = NewsSitemaps.newsChildren(result.body(), url);
                        for (int i = children.size() - 1; i >= 0; i--) {
                            queue.addFirst(children.get(i));
                        }
                    }
                } catch (FetchException e) {
                    log.atDebug()
                            .addKeyValue("url", url)
                            .addKeyValue("reason", e.code())
                            .log("Sitemap candidate not fetched");
                }
            }
        }
    }

    /** The fetch's body as text, or "" when it fails (a missing robots.txt names no sitemap). */
    private String textOrEmpty(URI url) {
        try {
            return new String(fetcher.fetch(FetchRequest.of(url)).body(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (FetchException e) {
            return "";
        }
    }

    /** The feed {@code result} holds, named {@code feedUrl}, or null when it is not a feed. */
    private @Nullable DiscoveredFeed parse(FetchResult result, URI feedUrl, @Nullable String linkTitle) {
        try {
            ParsedFeed feed = parser.parse(result.body(), result.contentType(), result.url());
            String title = feed.feed().title();
            return new DiscoveredFeed(
                    feedUrl, feed.format(), title != null && !title.isBlank() ? title.strip() : linkTitle);
        } catch (FeedParseException e) {
            log.atDebug()
                    .addKeyValue("url", feedUrl)
                    .addKeyValue("reason", e.code())
                    .log("Not a feed");
            return null;
        }
    }

    private static List<FeedLinks.Candidate> commonPaths(URI pageUrl) {
        List<FeedLinks.Candidate> candidates = new ArrayList<>();
        for (String path : COMMON_PATHS) {
            candidates.add(new FeedLinks.Candidate(pageUrl.resolve(path), null));
        }
        return candidates;
    }
}
