package org.broadsheet.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * An {@link HttpFetcher} with manners, for crawling: obeys each site's robots.txt (unless turned off), sends at most
 * {@link FetchSettings#perHostConcurrency()} requests to a host at once, and spaces their starts by
 * {@link FetchSettings#perHostDelay()} or the site's {@code Crawl-delay}, whichever is longer (up to
 * {@link #MAX_CRAWL_DELAY}). Loopback and private hosts, when allowed at all, get no delay: they are our own or the
 * operator's (the demo site serves every page from 127.0.0.1), unless {@link FetchSettings#privateHostsExempt()} is
 * off. Robots rules and limits apply to every hop of a redirect chain, each on its own host. Thread-safe; meant to be
 * called from virtual threads.
 */
public final class PoliteFetcher {
    /** The longest {@code Crawl-delay} honoured; longer ones are cut to this. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final HttpFetcher fetcher;
    private final FetchSettings settings;
    private final RobotsRules robots;
    private final HostLimiter limiter;

    /** Wraps {@code fetcher}, taking the manners from its settings; closing stays the fetcher owner's job. */
    public PoliteFetcher(HttpFetcher fetcher) {
        this(fetcher, Clock.systemUTC(), new HostLimiter(fetcher.settings().perHostConcurrency()));
    }

    PoliteFetcher(HttpFetcher fetcher, Clock clock, HostLimiter limiter) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.settings = fetcher.settings();
        this.robots = new RobotsRules(productToken(settings.userAgent()), clock);
        this.limiter = Objects.requireNonNull(limiter, "limiter");
    }

    /**
     * Fetches like {@link HttpFetcher#fetch(FetchRequest)} once robots.txt allows it and the host's limits let it
     * through, and likewise for every redirect hop's URL and host; a URL that robots.txt forbids fails with
     * {@link FetchFailure#ROBOTS_DISALLOWED}, and a site whose robots.txt cannot be reached fails with the reason it
     * could not be.
     */
    public FetchResult fetch(FetchRequest request) throws FetchException {
        Objects.requireNonNull(request, "request");
        return fetcher.fetch(request, this::enter);
    }

    /** Checks robots.txt for one hop's URL and waits for its host's slot; the hop is requested while it is held. */
    private HostLimiter.Permit enter(URI url) throws FetchException {
        String host = url.getHost();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (host == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return () -> {}; // the guard refuses these before they get here
        }
        boolean local = settings.privateHostsExempt()
                && (settings.isAllowedInternalOrigin(url)
                        || settings.allowPrivateAddresses() && fetcher.guard().resolvesOnlyToInternal(host));
        Duration delay = local ? Duration.ZERO : settings.perHostDelay();
        if (settings.respectRobots()) {
            Duration robotsDelay = delay;
            RobotsRules.Site site;
            try {
                site = robots.siteOf(url, robotsUrl -> limited(FetchRequest.of(robotsUrl), host, robotsDelay));
            } catch (InterruptedException e) {
                throw interrupted(url, e);
            }
            site.check(url);
            Duration crawlDelay = min(site.crawlDelay(), MAX_CRAWL_DELAY);
            if (!local && crawlDelay.compareTo(delay) > 0) {
                delay = crawlDelay;
            }
        }
        try {
            return limiter.acquire(host, delay);
        } catch (InterruptedException e) {
            throw interrupted(url, e);
        }
    }

    private FetchResult limited(FetchRequest request, String host, Duration delay) throws FetchException {
        try (HostLimiter.Permit permit = limiter.acquire(host, delay)) {
            return fetcher.fetch(request);
        } catch (InterruptedException e) {
            throw interrupted(request.url(), e);
        }
    }

    private static FetchException interrupted(URI url, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchException(FetchFailure.IO_ERROR, url, "Interrupted", e);
    }

    /** The product token robots.txt groups are matched against: "Broadsheet" for "Broadsheet/0.1 (...)". */
    static String productToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.isEmpty() ? "Broadsheet" : token;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
