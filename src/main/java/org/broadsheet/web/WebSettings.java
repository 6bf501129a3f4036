package org.broadsheet.web;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where the web server listens and how it presents itself.
 *
 * @param host the address to bind; loopback by default so that a fresh install is not exposed by accident
 * @param port the port to bind, or 0 for any free port
 * @param zone the time zone dates are shown in
 * @param siteName the name in the masthead, titles and the web app manifest
 */
public record WebSettings(String host, int port, ZoneId zone, String siteName) {

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
    }

    /** 127.0.0.1:8080, UTC, "Broadsheet". */
    public static WebSettings defaults() {
        return new WebSettings("127.0.0.1", 8080, ZoneId.of("UTC"), "Broadsheet");
    }

    public WebSettings withPort(int value) {
        return new WebSettings(host, value, zone, siteName);
    }

    public WebSettings withZone(ZoneId value) {
        return new WebSettings(host, port, value, siteName);
    }
}
