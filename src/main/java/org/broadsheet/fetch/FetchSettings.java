package org.broadsheet.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Limits, identity and manners for an {@link HttpFetcher} and its {@link PoliteFetcher}.
 *
 * @param userAgent the {@code User-Agent} header sent with every request; its product token (the part before the
 *     first {@code /}) is the name looked up in robots.txt
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param totalTimeout how long one fetch may take, redirects and body included
 * @param maxBodyBytes the largest body accepted, both as received and after decompression
 * @param maxRedirects how many redirects one fetch may follow
 * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched (tests, intranets);
 *     when true, such hosts are also exempt from the per-host delay, so that local sites (the demo) load at once
 * @param respectRobots whether the polite fetcher obeys robots.txt
 * @param perHostConcurrency how many requests the polite fetcher sends to one host at once
 * @param perHostDelay the least time between the starts of two requests to one host (zero for none); a larger
 *     robots.txt {@code Crawl-delay} wins, up to {@link PoliteFetcher#MAX_CRAWL_DELAY}
 * @param privateHostsExempt whether, when private addresses are allowed, hosts on loopback and private addresses
 *     skip the per-host delay and Crawl-delay (the demo's own server); false treats them like any publisher
 * @param allowedInternalOrigins origins ({@code http://host:port}) that may be fetched although their host is internal,
 *     while every other internal address stays refused: {@code serve --demo} allows its own corpus server this way
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        int maxRedirects,
        boolean allowPrivateAddresses,
        boolean respectRobots,
        int perHostConcurrency,
        Duration perHostDelay,
        boolean privateHostsExempt,
        List<URI> allowedInternalOrigins) {

    /** The user agent Broadsheet announces itself with. */
    public static final String DEFAULT_USER_AGENT =
            "Broadsheet/0.1 (+https://github.com/broadsheet; self-hosted news reader)";

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        allowedInternalOrigins =
                allowedInternalOrigins.stream().map(FetchSettings::origin).toList();
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("totalTimeout must be positive: " + totalTimeout);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        if (perHostConcurrency < 1) {
            throw new IllegalArgumentException("perHostConcurrency must be at least 1: " + perHostConcurrency);
        }
        if (perHostDelay.isNegative()) {
            throw new IllegalArgumentException("perHostDelay must not be negative: " + perHostDelay);
        }
    }

    /** Settings with the default manners: robots.txt obeyed, 2 requests at once and 1 s between starts per host. */
    public FetchSettings(
            String userAgent,
            Duration connectTimeout,
            Duration totalTimeout,
            long maxBodyBytes,
            int maxRedirects,
            boolean allowPrivateAddresses) {
        this(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                allowPrivateAddresses,
                true,
                2,
                Duration.ofSeconds(1),
                true,
                List.of());
    }

    /**
     * 10 s to connect, 30 s in all, 10 MB, 5 redirects, private addresses refused, robots.txt obeyed, 2 requests at
     * once and 1 s between request starts per host.
     */
    public static FetchSettings defaults() {
        return new FetchSettings(
                DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5, false);
    }

    /** Returns a copy with another user agent. */
    public FetchSettings withUserAgent(String userAgent) {
        return edit(draft -> draft.userAgent = userAgent);
    }

    /** Returns a copy with another connect timeout. */
    public FetchSettings withConnectTimeout(Duration connectTimeout) {
        return edit(draft -> draft.connectTimeout = connectTimeout);
    }

    /** Returns a copy with another total timeout. */
    public FetchSettings withTotalTimeout(Duration totalTimeout) {
        return edit(draft -> draft.totalTimeout = totalTimeout);
    }

    /** Returns a copy with another body size limit. */
    public FetchSettings withMaxBodyBytes(long maxBodyBytes) {
        return edit(draft -> draft.maxBodyBytes = maxBodyBytes);
    }

    /** Returns a copy with another redirect limit. */
    public FetchSettings withMaxRedirects(int maxRedirects) {
        return edit(draft -> draft.maxRedirects = maxRedirects);
    }

    /** Returns a copy that does or does not allow loopback, private and link-local addresses. */
    public FetchSettings withAllowPrivateAddresses(boolean allowPrivateAddresses) {
        return edit(draft -> draft.allowPrivateAddresses = allowPrivateAddresses);
    }

    /**
     * Returns a copy that also allows {@code origin} (its scheme, host and port) although its host is internal; other
     * internal addresses stay refused unless {@link #allowPrivateAddresses()} is true.
     */
    public FetchSettings withAllowedInternalOrigin(URI origin) {
        List<URI> origins = new ArrayList<>(allowedInternalOrigins);
        origins.add(origin);
        return edit(draft -> draft.allowedInternalOrigins = origins);
    }

    /** Whether {@code url}'s scheme, host and port are those of an allowed internal origin. */
    public boolean isAllowedInternalOrigin(URI url) {
        return !allowedInternalOrigins.isEmpty()
                && url.getHost() != null
                && allowedInternalOrigins.contains(origin(url));
    }

    /** {@code url} reduced to scheme, lower-case host and explicit port: {@code http://127.0.0.1:8080}. */
    private static URI origin(URI url) {
        String scheme = Objects.requireNonNull(url.getScheme(), "origin needs a scheme: " + url)
                .toLowerCase(Locale.ROOT);
        String host = Objects.requireNonNull(url.getHost(), "origin needs a host: " + url)
                .toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return URI.create(
                scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port);
    }

    /** Returns a copy that does or does not obey robots.txt. */
    public FetchSettings withRespectRobots(boolean respectRobots) {
        return edit(draft -> draft.respectRobots = respectRobots);
    }

    /** Returns a copy that sends at most {@code perHostConcurrency} requests to one host at once. */
    public FetchSettings withPerHostConcurrency(int perHostConcurrency) {
        return edit(draft -> draft.perHostConcurrency = perHostConcurrency);
    }

    /** Returns a copy with another least time between request starts to one host; zero turns the delay off. */
    public FetchSettings withPerHostDelay(Duration perHostDelay) {
        return edit(draft -> draft.perHostDelay = perHostDelay);
    }

    /** Returns a copy in which loopback and private hosts do or do not skip the per-host delay. */
    public FetchSettings withPrivateHostsExempt(boolean privateHostsExempt) {
        return edit(draft -> draft.privateHostsExempt = privateHostsExempt);
    }

    /**
     * The default user agent with another contact address (a URL or {@code mailto:}) where publishers can reach the
     * operator: {@code Broadsheet/0.1 (+CONTACT; self-hosted news reader)}.
     */
    public static String userAgentWithContact(String contact) {
        String clean = contact.strip();
        if (clean.isEmpty() || clean.chars().anyMatch(c -> c < 0x20 || c > 0x7e || c == '(' || c == ')')) {
            throw new IllegalArgumentException("contact must be printable ASCII without parentheses: " + contact);
        }
        return "Broadsheet/0.1 (+" + clean + "; self-hosted news reader)";
    }

    /** A copy of these settings with {@code change} made to it (the with-methods above). */
    private FetchSettings edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.settings();
    }

    /** Settings being changed: every component, mutable. */
    private static final class Draft {
        String userAgent;
        Duration connectTimeout;
        Duration totalTimeout;
        long maxBodyBytes;
        int maxRedirects;
        boolean allowPrivateAddresses;
        boolean respectRobots;
        int perHostConcurrency;
        Duration perHostDelay;
        boolean privateHostsExempt;
        List<URI> allowedInternalOrigins;

        Draft(FetchSettings from) {
            userAgent = from.userAgent;
            connectTimeout = from.connectTimeout;
            totalTimeout = from.totalTimeout;
            maxBodyBytes = from.maxBodyBytes;
            maxRedirects = from.maxRedirects;
            allowPrivateAddresses = from.allowPrivateAddresses;
            respectRobots = from.respectRobots;
            perHostConcurrency = from.perHostConcurrency;
            perHostDelay = from.perHostDelay;
            privateHostsExempt = from.privateHostsExempt;
            allowedInternalOrigins = from.allowedInternalOrigins;
        }

        FetchSettings settings() {
            return new FetchSettings(
                    userAgent,
                    connectTimeout,
                    totalTimeout,
                    maxBodyBytes,
                    maxRedirects,
                    allowPrivateAddresses,
                    respectRobots,
                    perHostConcurrency,
                    perHostDelay,
                    privateHostsExempt,
                    allowedInternalOrigins);
        }
    }
}
