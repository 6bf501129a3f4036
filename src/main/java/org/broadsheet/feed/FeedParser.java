package org.broadsheet.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses RSS (0.9x, 1.0, 2.0), Atom (0.3, 1.0) and JSON Feed (1.0, 1.1) documents, and news sitemaps as feeds of
 * their {@code <news:news>} articles. Titles come out as plain text and
 * HTML bodies sanitised; common breakage (junk before the prolog, unescaped {@code &}) is repaired and reported in
 * {@link ParsedFeed#warnings()}. Thread-safe.
 */
public final class FeedParser {

    /** Creates a parser; it holds no state, so one instance can serve every thread. */
    public FeedParser() {}

    /**
     * Parses a feed document; {@code baseUrl} (the feed's URL) resolves relative links, and {@code contentType} (the
     * HTTP header, if any) helps to find the character set.
     *
     * @throws FeedParseException with code {@code EMPTY_BODY}, {@code NOT_A_FEED} or {@code MALFORMED_FEED}
     */
    public ParsedFeed parse(byte[] body, @Nullable String contentType, @Nullable URI baseUrl)
            throws FeedParseException {
        Objects.requireNonNull(body, "body");
        int first = firstSignificantByte(body);
        if (first < 0) {
            throw new FeedParseException(FeedParseFailure.EMPTY_BODY, "The document is empty", null);
        }
        if (body[first] == '{') {
            return JsonFeedReader.read(body, baseUrl);
        }
        if (NewsSitemapReader.looksLikeSitemap(body)) {
            return NewsSitemapReader.read(body, contentType, baseUrl);
        }
        List<String> warnings = new ArrayList<>();
        return SyndFeedMapper.map(XmlFeedReader.read(body, contentType, warnings), baseUrl, warnings);
    }

    /** The index of the first byte that is neither whitespace, NUL (UTF-16) nor part of a byte order mark; -1 if none. */
    private static int firstSignificantByte(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            int b = body[i] & 0xff;
            boolean insignificant = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0 || b == 0xef || b == 0xbb
                    || b == 0xbf || b == 0xfe || b == 0xff;
            if (!insignificant) {
                return i;
            }
        }
        return -1;
    }
}
