package org.broadsheet.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and identity for an {@link HttpFetcher}.
 *
 * @param userAgent the {@code User-Agent} header sent with every request
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param totalTimeout how long one fetch may take, redirects and body included
 * @param maxBodyBytes the largest body accepted, both as received and after decompression
 * @param maxRedirects how many redirects one fetch may follow
 * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched (tests, intranets)
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        int maxRedirects,
        boolean allowPrivateAddresses) {

    /** The user agent Broadsheet announces itself with. */
    public static final String DEFAULT_USER_AGENT =
            "Broadsheet/0.1 (+https://github.com/broadsheet; self-hosted news reader)";

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
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
    }

    /** 10 s to connect, 30 s in all, 10 MB, 5 redirects, private addresses refused. */
    public static FetchSettings defaults() {
        return new FetchSettings(
                DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5, false);
    }

    /** Returns a copy with another user agent. */
    public FetchSettings withUserAgent(String userAgent) {
        return new FetchSettings(
                userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowPrivateAddresses);
    }

    /** Returns a copy with another connect timeout. */
    public FetchSettings withConnectTimeout(Duration connectTimeout) {
        return new FetchSettings(
                userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowPrivateAddresses);
    }

    /** Returns a copy with another total timeout. */
    public FetchSettings withTotalTimeout(Duration totalTimeout) {
        return new FetchSettings(
                userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowPrivateAddresses);
    }

    /** Returns a copy with another body size limit. */
    public FetchSettings withMaxBodyBytes(long maxBodyBytes) {
        return new FetchSettings(
                userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowPrivateAddresses);
    }

    /** Returns a copy with another redirect limit. */
    public FetchSettings withMaxRedirects(int maxRedirects) {
        return new FetchSettings(
                userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowPrivateAddresses);
    }

    /** Returns a copy that does or does not allow loopback, private and link-local addresses. */
    public FetchSettings withAllowPrivateAddresses(boolean allowPrivateAddresses) {
        return new FetchSettings(
                userAgent, connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, allowPrivateAddresses);
    }
}
