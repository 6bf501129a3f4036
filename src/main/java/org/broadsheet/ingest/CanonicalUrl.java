package org.broadsheet.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One spelling per article address, so that the same page reached through differently decorated links is stored once:
 * lower-case scheme and host, no default port, an empty path as {@code /}, no fragment, and no tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid} and their kin). Other query parameters keep their order.
 */
final class CanonicalUrl {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_ga",
            "_gl", "ocid", "cmpid");

    private CanonicalUrl() {}

    /** {@code url} in its canonical spelling; an address that is not absolute http(s) is returned as it is. */
    static URI of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || url.getRawAuthority() == null
                || url.getHost() == null) {
            return url;
        }
        int port = url.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (url.getRawUserInfo() != null) {
            out.append(url.getRawUserInfo()).append('@');
        }
        out.append(url.getHost().toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            out.append(':').append(port);
        }
        String path = url.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(url.getRawQuery());
        if (query != null) {
            out.append('?').append(query);
        }
        try {
            return new URI(out.toString());
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** Like {@link #of(URI)}, for an address that may be absent. */
    static @Nullable URI ofNullable(@Nullable URI url) {
        return url == null ? null : of(url);
    }

    private static @Nullable String withoutTracking(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }
}
