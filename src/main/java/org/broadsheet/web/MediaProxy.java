package org.broadsheet.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.BadGatewayResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.broadsheet.fetch.FetchException;
import org.broadsheet.fetch.FetchRequest;
import org.broadsheet.fetch.FetchResult;
import org.broadsheet.fetch.HttpFetcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves article images from the site's own origin, as Miniflux does: readers' browsers never contact publishers (who
 * would learn who reads what) or any address an article names ({@code 169.254.169.254}), since the server fetches the
 * image through the {@link HttpFetcher} with its address guard, size limit and timeouts. Addresses are signed with a
 * key of the site's own ({@code /media/SIGNATURE/ENCODED-URL}), so the proxy fetches only what pages link, and is no
 * open proxy. Only raster image types are passed on (no SVG, which could carry script); answers are cached in memory,
 * bounded by size.
 *
 * <p>{@link #OFF} leaves addresses as they are, for {@code --media-proxy off}.
 */
public final class MediaProxy {
    private static final Logger log = LoggerFactory.getLogger(MediaProxy.class);
    /** The address prefix of proxied images. */
    static final String PREFIX = "/media/";
    /** The image types passed on. */
    static final Set<String> IMAGE_TYPES =
            Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/x-icon", "image/bmp");

    private static final long CACHE_BYTES = 64L * 1024 * 1024;
    private static final Duration BROWSER_CACHE = Duration.ofDays(7);
    private static final Pattern SRCSET_URL = Pattern.compile("(^|,)\\s*(\\S+)");

    /** No proxy: pages link images where they are. */
    public static final MediaProxy OFF = new MediaProxy();

    private final byte @Nullable [] key;
    private final @Nullable HttpFetcher fetcher;
    private final @Nullable Cache<String, Image> cache;

    private record Image(byte[] body, String contentType) {}

    private MediaProxy() {
        this.key = null;
        this.fetcher = null;
        this.cache = null;
    }

    private MediaProxy(byte[] key, HttpFetcher fetcher) {
        if (key.length < 32) {
            throw new IllegalArgumentException("key must be at least 32 bytes, not " + key.length);
        }
        this.key = key.clone();
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.cache = Caffeine.newBuilder()
                .maximumWeight(CACHE_BYTES)
                .weigher((String url, Image image) -> url.length() + image.body().length)
                .expireAfterWrite(Duration.ofHours(6))
                .build();
    }

    /**
     * A proxy signing addresses with {@code key} (at least 32 bytes, kept secret and stable across restarts) and
     * fetching through {@code fetcher}, whose settings decide the addresses allowed, the size limit and the timeouts.
     */
    public static MediaProxy signedWith(byte[] key, HttpFetcher fetcher) {
        Objects.requireNonNull(key, "key");
        return new MediaProxy(key, fetcher);
    }

    /** Whether images go through the proxy. */
    public boolean enabled() {
        return key != null;
    }

    /** The address pages link for the image at {@code url}: a signed proxy address, or {@code url} when off. */
    @Nullable
    String url(@Nullable String url) {
        if (url == null || key == null || !isHttp(url)) {
            return url;
        }
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(url.getBytes(StandardCharsets.UTF_8));
        return PREFIX + sign(url) + "/" + encoded;
    }

    /** {@code html} with every image ({@code img src}, {@code srcset}, {@code picture source}) through the proxy. */
    String rewrite(String html) {
        if (key == null || !html.contains("<img") && !html.contains("<source")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img[src]")) {
            img.attr("src", Objects.requireNonNull(url(img.attr("src"))));
        }
        for (Element e : doc.select("img[srcset], source[srcset]")) {
            e.attr("srcset", srcset(e.attr("srcset")));
        }
        return doc.body().html();
    }

    private String srcset(String srcset) {
        Matcher m = SRCSET_URL.matcher(srcset);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String candidate = m.group(2);
            String commas = candidate.substring(candidate.replaceAll(",+$", "").length()); // "a.jpg, b.jpg 2x"
            candidate = candidate.substring(0, candidate.length() - commas.length());
            String replaced = (isHttp(candidate) ? Objects.requireNonNull(url(candidate)) : candidate) + commas;
            String separator = m.group(1).isEmpty() ? "" : ", ";
            m.appendReplacement(out, Matcher.quoteReplacement(separator + replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code GET /media/{signature}/{url}}: the image, when the signature is this site's and the address answers an
     * image within the fetcher's limits; 404 when the proxy is off, 403 when the signature does not match, 415 for
     * what is not a raster image, 502 when the fetch fails or the address guard refuses the address.
     */
    void serve(Context ctx) {
        if (key == null || fetcher == null || cache == null) {
            throw new NotFoundResponse("There is no page at this address.");
        }
        String url = decode(ctx.pathParam("url")).orElseThrow(() -> new NotFoundResponse("There is no such image."));
        if (!MessageDigest.isEqual(
                sign(url).getBytes(StandardCharsets.US_ASCII),
                ctx.pathParam("signature").getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenResponse("This image address was not made by this site.");
        }
        Image image = cache.getIfPresent(url);
        if (image == null) {
            image = fetch(url);
            cache.put(url, image);
        }
        ctx.header("Cache-Control", "public, max-age=" + BROWSER_CACHE.toSeconds() + ", immutable")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .contentType(image.contentType())
                .result(image.body());
    }

    private Image fetch(String url) {
        FetchResult result;
        try {
            result = Objects.requireNonNull(fetcher).fetch(FetchRequest.of(URI.create(url)));
        } catch (FetchException e) {
            log.atInfo()
                    .addKeyValue("url", url)
                    .addKeyValue("reason", e.code())
                    .log("image not proxied: {}", e.getMessage());
            throw new BadGatewayResponse("The image could not be fetched.");
        } catch (IllegalArgumentException e) {
            throw new BadGatewayResponse("The image address is not valid.");
        }
        String type = result.contentType() == null
                ? ""
                : result.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!IMAGE_TYPES.contains(type)) {
            log.atInfo().addKeyValue("url", url).log("image not proxied: its type is '{}'", type);
            throw new HttpResponseException(415, "That address is not an image.");
        }
        return new Image(result.body(), type);
    }

    private String sign(String url) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Objects.requireNonNull(key), "HmacSHA256"));
            byte[] digest = mac.doFinal(url.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static Optional<String> decode(String encoded) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttp(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
