package org.broadsheet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The static files under {@code demo/site/} on the classpath, with tokens substituted and cached per path. */
final class DemoSite {
    private static final String ROOT = "demo/site";
    /** Segments of letters, digits, '-', '_' and '.', never starting with '.', so ".." cannot escape the root. */
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*/?");

    private final DemoTokens tokens;
    private final Map<String, ServedFile> cache = new ConcurrentHashMap<>();

    DemoSite(DemoTokens tokens) {
        this.tokens = tokens;
    }

    /** The file for a request path; a path ending in '/' means its index.html. Empty for unknown or unsafe paths. */
    Optional<ServedFile> find(String path) {
        if (!SAFE_PATH.matcher(path).matches() || path.isEmpty()) {
            return Optional.empty();
        }
        String file = path.endsWith("/") ? path + "index.html" : path;
        if (!lastSegment(file).contains(".")) {
            // A classpath directory would otherwise read as a listing of its entries.
            return Optional.empty();
        }
        ServedFile cached = cache.get(file);
        if (cached != null) {
            return Optional.of(cached);
        }
        ServedFile loaded = load(file);
        if (loaded == null) {
            return Optional.empty();
        }
        cache.putIfAbsent(file, loaded);
        return Optional.of(loaded);
    }

    /** Whether {@code path} names a folder that has an index.html, so that "path/" would be found. */
    boolean isFolder(String path) {
        return !path.endsWith("/")
                && !lastSegment(path).contains(".")
                && find(path + "/").isPresent();
    }

    private @Nullable ServedFile load(String file) {
        byte[] raw;
        try (InputStream in = DemoSite.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                return null;
            }
            raw = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo resource " + file, e);
        }
        String type = contentType(file);
        byte[] body = isText(type)
                ? tokens.substitute(new String(raw, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : raw;
        return new ServedFile(body, type, etag(body));
    }

    static String contentType(String file) {
        String name = lastSegment(file);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "rss" -> "application/rss+xml; charset=utf-8";
            case "atom" -> "application/atom+xml; charset=utf-8";
            case "json" -> name.equals("feed.json") ? "application/feed+json; charset=utf-8" : "application/json";
            case "xml" -> "application/xml; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "css" -> "text/css; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    private static boolean isText(String contentType) {
        return contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json");
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(hash, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
