package org.broadsheet.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Keeps rendered pages in memory, keyed by path and query, so that a page is rendered once per content change rather
 * than once per request. An entry is fresh while the content version it was rendered for is current and it is younger
 * than the maximum age (relative times such as "21 minutes ago" go stale). Each entry carries a weak ETag made of the
 * version and the render time, so browsers revalidate with {@code Cache-Control: no-cache} and get a cheap 304, and a
 * gzip copy made once at render time so that compression costs nothing per request.
 */
final class PageCache {
    private record Page(long version, long renderedNanos, String etag, byte[] html, byte[] gzip) {}

    private final LongSupplier contentVersion;
    private final LongSupplier nanoTime;
    private final long maxAgeNanos;
    private final Cache<String, Page> entries;
    // Locks (not synchronized blocks) so that waiting virtual threads release their carrier threads.
    private final Lock[] stripes = new Lock[32];

    /**
     * @param contentVersion changes whenever articles or sources change
     * @param maxEntries how many pages to keep; the least used go first
     * @param maxAge how long a page may be served before it is rendered again even if nothing changed
     * @param nanoTime the monotonic clock, {@code System::nanoTime} outside tests
     */
    PageCache(LongSupplier contentVersion, int maxEntries, Duration maxAge, LongSupplier nanoTime) {
        this.contentVersion = contentVersion;
        this.nanoTime = nanoTime;
        this.maxAgeNanos = maxAge.toNanos();
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    /**
     * Answers {@code ctx} with the cached page for its path and query, rendering it with {@code render} when there is
     * no fresh copy. A renderer that throws (a 404, say) caches nothing.
     */
    void serve(Context ctx, Supplier<byte[]> render) {
        String query = ctx.queryString();
        String key = query == null ? ctx.path() : ctx.path() + "?" + query;
        long version = contentVersion.getAsLong();
        long now = nanoTime.getAsLong();
        Page entry = lookup(key);
        if (!fresh(entry, version, now)) {
            entry = renderOnce(key, version, render);
        }
        ctx.header(Header.ETAG, entry.etag());
        ctx.header(Header.CACHE_CONTROL, "no-cache");
        ctx.header(Header.VARY, "Accept-Encoding");
        ctx.disableCompression();
        String ifNoneMatch = ctx.header(Header.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.contains(entry.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("text/html; charset=utf-8");
        if (acceptsGzip(ctx.header(Header.ACCEPT_ENCODING))) {
            ctx.header(Header.CONTENT_ENCODING, "gzip");
            write(ctx, entry.gzip());
        } else {
            write(ctx, entry.html());
        }
    }

    /**
     * Writes the body straight to the response. {@code ctx.result(bytes)} would have Javalin copy it through a new
     * buffer of the response buffer's size (32 KB) on every request, which was nearly all the memory a cached page
     * cost under load and made the young collections, and so the slowest requests, several times more frequent.
     */
    private static void write(Context ctx, byte[] body) {
        ctx.res().setContentLength(body.length);
        try {
            ctx.outputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a cached page failed", e);
        }
    }

    private boolean fresh(@Nullable Page entry, long version, long now) {
        return entry != null && entry.version() == version && now - entry.renderedNanos() <= maxAgeNanos;
    }

    /**
     * Renders the page unless another request did so while this one waited: when a popular page expires, one request
     * renders it and the others wait for that copy instead of all querying the database at once.
     */
    private Page renderOnce(String key, long version, Supplier<byte[]> render) {
        Lock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
        lock.lock();
        try {
            Page entry = lookup(key);
            if (fresh(entry, version, nanoTime.getAsLong())) {
                return entry;
            }
            byte[] html = render.get();
            String etag =
                    "W/\"" + Long.toString(version, 36) + "-" + Long.toString(System.currentTimeMillis(), 36) + "\"";
            Page page = new Page(version, nanoTime.getAsLong(), etag, html, gzip(html));
            store(key, page);
            return page;
        } finally {
            lock.unlock();
        }
    }

    private @Nullable Page lookup(String key) {
        return entries.getIfPresent(key);
    }

    private void store(String key, Page entry) {
        entries.put(key, entry);
    }

    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equalsIgnoreCase("gzip")) {
                return coding.length == 1 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
