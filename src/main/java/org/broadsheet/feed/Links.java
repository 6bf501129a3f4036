package org.broadsheet.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Resolves the links found in feeds, which are often relative and sometimes not quite valid URIs. */
final class Links {
    private Links() {}

    /**
     * Resolves {@code ref} against {@code base} and returns it when the result is an http(s) URL; null otherwise, so
     * that {@code javascript:} and other schemes never reach a page.
     */
    static @Nullable String absoluteHttp(@Nullable URI base, @Nullable String ref) {
        URI uri = resolve(base, ref);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? uri.toString() : null;
    }

    /** The base for the content of an element with {@code xml:base}: {@code base} itself when there is none. */
    static @Nullable URI rebase(@Nullable URI base, @Nullable String xmlBase) {
        URI resolved = resolve(base, xmlBase);
        return resolved != null ? resolved : base;
    }

    /** Resolves {@code ref} against {@code base} (when given); null when {@code ref} is blank or unusable. */
    static @Nullable URI resolve(@Nullable URI base, @Nullable String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(escape(ref.strip()));
            if (base == null || uri.isAbsolute()) {
                return uri;
            }
            // URI.resolve joins "http://host" and "a" into "http://hosta": give such a base its root path first.
            boolean emptyPath = base.getHost() != null
                    && (base.getRawPath() == null || base.getRawPath().isEmpty());
            return (emptyPath ? base.resolve("/") : base).resolve(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Percent-encodes the characters that feeds put in URLs although URIs do not allow them. */
    private static String escape(String ref) {
        StringBuilder out = new StringBuilder(ref.length());
        for (byte b : ref.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
