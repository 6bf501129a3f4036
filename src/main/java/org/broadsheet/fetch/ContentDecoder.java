package org.broadsheet.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/** Undoes {@code Content-Encoding: gzip} or {@code deflate}, refusing output past the body limit (gzip bombs). */
final class ContentDecoder {
    private ContentDecoder() {}

    static byte[] decode(byte[] raw, @Nullable String contentEncoding, long limit, URI url) throws FetchException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "", "identity" -> raw;
                case "gzip", "x-gzip" -> readLimited(new GZIPInputStream(new ByteArrayInputStream(raw)), limit, url);
                case "deflate" -> inflate(raw, limit, url);
                default ->
                    throw new FetchException(
                            FetchFailure.IO_ERROR, url, "Unsupported content encoding " + contentEncoding, null);
            };
        } catch (IOException e) {
            throw new FetchException(FetchFailure.IO_ERROR, url, "Cannot decode " + encoding + " body", e);
        }
    }

    private static byte[] inflate(byte[] raw, long limit, URI url) throws IOException, FetchException {
        try {
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(raw)), limit, url);
        } catch (ZipException e) {
            // "deflate" should be zlib-wrapped, but some servers send raw deflate data.
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), limit, url);
        }
    }

    private static byte[] readLimited(InputStream in, long limit, URI url) throws IOException, FetchException {
        try (in) {
            int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
            byte[] bytes = in.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new FetchException(
                        FetchFailure.TOO_LARGE, url, "Decompressed body larger than " + limit + " bytes", null);
            }
            return bytes;
        }
    }
}
