package org.broadsheet.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The robots.txt rules of each site (scheme, host and port), read as RFC 9309 says and kept for a while: a 2xx body
 * is parsed for our product token; a 4xx means no rules; a 5xx, a 429 or a failed connection means "do not crawl",
 * remembered for a shorter time so that the site is asked again soon. Concurrent callers for one site share one
 * request; the cache keeps the most recently used sites, up to a fixed number.
 */
final class RobotsRules {
    static final Duration TTL = Duration.ofHours(24);
    static final Duration FAILURE_TTL = Duration.ofHours(1);
    static final int MAX_SITES = 2000;

    /** Fetches a robots.txt URL (through the per-host limits). */
    @FunctionalInterface
    interface Loader {
        FetchResult fetch(URI robotsUrl) throws FetchException;
    }

    private final String productToken;
    private final Clock clock;
    private final Duration ttl;
    private final Duration failureTtl;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, CompletableFuture<Site>> sites;

    RobotsRules(String productToken, Clock clock) {
        this(productToken, clock, TTL, FAILURE_TTL, MAX_SITES);
    }

    RobotsRules(String productToken, Clock clock, Duration ttl, Duration failureTtl, int maxSites) {
        this.productToken = productToken.toLowerCase(Locale.ROOT);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.failureTtl = Objects.requireNonNull(failureTtl, "failureTtl");
        this.sites = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Site>> eldest) {
                return size() > maxSites;
            }
        };
    }

    /**
     * The rules of one site. {@code unreachable} is set when robots.txt could not be fetched at all (the fetch's own
     * failure, such as {@code CONNECTION_FAILED}); {@code rules} then disallows everything.
     */
    record Site(
            BaseRobotRules rules, Instant expires, @Nullable FetchFailure unreachable, String why) {
        /** Throws unless the rules allow {@code url}. */
        void check(URI url) throws FetchException {
            if (unreachable != null) {
                throw new FetchException(
                        unreachable,
                        url,
                        "robots.txt could not be read (" + why + "); not asking again before " + expires,
                        null);
            }
            if (!rules.isAllowed(url.toString())) {
                throw new FetchException(FetchFailure.ROBOTS_DISALLOWED, url, why, null);
            }
        }

        /** The site's {@code Crawl-delay}, if it set one. */
        Duration crawlDelay() {
            long millis = rules.getCrawlDelay();
            return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis <= 0
                    ? Duration.ZERO
                    : Duration.ofMillis(millis);
        }
    }

    /** The rules for the site of {@code url}, from the cache or fetched now with {@code loader}. */
    Site siteOf(URI url, Loader loader) throws InterruptedException {
        String key = key(url);
        CompletableFuture<Site> mine = null;
        CompletableFuture<Site> found;
        lock.lock();
        try {
            found = sites.get(key);
            if (found == null || expired(found)) {
                mine = new CompletableFuture<>();
                sites.put(key, mine);
                found = mine;
            }
        } finally {
            lock.unlock();
        }
        if (mine != null) {
            try {
                Site site = load(url, loader);
                mine.complete(site);
                if (Thread.currentThread().isInterrupted()) {
                    // A fetch cut short by shutdown says nothing about the site: do not remember it.
                    forget(key, mine);
                }
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                forget(key, mine);
                throw e;
            }
        }
        try {
            return found.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading robots.txt failed for " + key, e.getCause());
        }
    }

    private boolean expired(CompletableFuture<Site> entry) {
        return entry.isDone()
                && (entry.isCompletedExceptionally() || !entry.join().expires().isAfter(clock.instant()));
    }

    private void forget(String key, CompletableFuture<Site> entry) {
        lock.lock();
        try {
            sites.remove(key, entry);
        } finally {
            lock.unlock();
        }
    }

    private Site load(URI url, Loader loader) {
        URI robotsUrl =
                URI.create(url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + "/robots.txt");
        Instant now = clock.instant();
        try {
            FetchResult result = loader.fetch(robotsUrl);
            String type = result.contentType() == null ? "text/plain" : result.contentType();
            BaseRobotRules rules =
                    parser.parseContent(robotsUrl.toString(), result.body(), type, List.of(productToken));
            return new Site(rules, now.plus(ttl), null, "robots.txt disallows this URL");
        } catch (FetchException e) {
            Integer status = e.status();
            if (status != null && status >= 400 && status < 500 && status != 429) {
                return allowAll(now, "robots.txt answered HTTP " + status);
            }
            if (status != null) {
                // 5xx (and 429, which is "slow down" rather than "no rules"): assume the site wants no visitors yet.
                return new Site(
                        new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                        now.plus(failureTtl),
                        null,
                        "robots.txt answered HTTP " + status + "; not asking again before " + now.plus(failureTtl));
            }
            if (e.failure() == FetchFailure.TOO_MANY_REDIRECTS) {
                // RFC 9309, 2.3.1.2: a robots.txt behind too many redirects may be treated as unavailable.
                return allowAll(now, "robots.txt redirected too often");
            }
            return new Site(
                    new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                    now.plus(failureTtl),
                    e.failure(),
                    e.code() + ": " + e.getMessage());
        }
    }

    private Site allowAll(Instant now, String why) {
        return new Site(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(ttl), null, why);
    }

    private static String key(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }
}
