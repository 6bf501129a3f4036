package org.broadsheet.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the web server listens and how it presents itself.
 *
 * @param host the address to bind; loopback by default so that a fresh install is not exposed by accident
 * @param port the port to bind, or 0 for any free port
 * @param zone the time zone dates are shown in
 * @param siteName the name in the masthead, titles and the web app manifest
 * @param loopbackOperators whether a signed-out visitor at the machine itself may use the operator pages (see
 *     {@link OperatorAccess}); on for the demo, off for a real site, where operators sign in as moderators or admins
 * @param metricsToken the bearer token {@code /metrics} asks for; without one, it answers only on the machine itself
 * @param trustedProxies the reverse proxies ({@code 10.0.0.0/8}, {@code 127.0.0.1}) whose {@code Forwarded} and
 *     {@code X-Forwarded-For} headers name the client; from any other peer those headers are ignored
 */
public record WebSettings(
        String host,
        int port,
        ZoneId zone,
        String siteName,
        boolean loopbackOperators,
        @Nullable String metricsToken,
        List<String> trustedProxies) {

    public WebSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(siteName, "siteName");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (siteName.isBlank()) {
            throw new IllegalArgumentException("siteName must not be blank");
        }
        if (metricsToken != null && metricsToken.strip().length() < 16) {
            throw new IllegalArgumentException("metricsToken must be at least 16 characters");
        }
        trustedProxies = List.copyOf(trustedProxies);
        TrustedProxies.of(trustedProxies); // refuses what is not an address or a CIDR block
    }

    /** Settings without a metrics token: {@code /metrics} answers only on the machine itself. */
    public WebSettings(String host, int port, ZoneId zone, String siteName, boolean loopbackOperators) {
        this(host, port, zone, siteName, loopbackOperators, null, List.of());
    }

    /** 127.0.0.1:8080, UTC, "Broadsheet", with loopback operator access as for the demo. */
    public static WebSettings defaults() {
        return new WebSettings("127.0.0.1", 8080, ZoneId.of("UTC"), "Broadsheet", true);
    }

    public WebSettings withPort(int value) {
        return new WebSettings(host, value, zone, siteName, loopbackOperators, metricsToken, trustedProxies);
    }

    public WebSettings withZone(ZoneId value) {
        return new WebSettings(host, port, value, siteName, loopbackOperators, metricsToken, trustedProxies);
    }

    public WebSettings withLoopbackOperators(boolean value) {
        return new WebSettings(host, port, zone, siteName, value, metricsToken, trustedProxies);
    }

    /** These settings with {@code /metrics} behind a bearer token, or answering only locally when it is null. */
    public WebSettings withMetricsToken(@Nullable String value) {
        return new WebSettings(host, port, zone, siteName, loopbackOperators, value, trustedProxies);
    }

    /**
     * These settings trusting the reverse proxies in {@code cidrs} to say whom they forward for.
     *
     * @throws IllegalArgumentException naming an entry that is not an IP address or a CIDR block
     */
    public WebSettings withTrustedProxies(List<String> cidrs) {
        return new WebSettings(host, port, zone, siteName, loopbackOperators, metricsToken, cidrs);
    }
}
