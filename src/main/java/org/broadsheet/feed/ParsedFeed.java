package org.broadsheet.feed;

import java.util.List;
import java.util.Objects;

/**
 * A parsed feed document.
 *
 * @param format the document's format, in ROME's names: {@code rss_2.0}, {@code rss_1.0}, {@code rss_0.91U},
 *     {@code atom_1.0}, {@code atom_0.3}, ... and {@code json_1.0} or {@code json_1.1} for JSON Feed
 * @param feed what the document says about the feed itself
 * @param entries the entries, in document order
 * @param warnings repairs made to read the document (an unescaped {@code &}, junk before the XML prolog, ...)
 * @param truncated whether the document was cut off, so that {@code entries} are only those that arrived complete
 */
public record ParsedFeed(
        String format, FeedInfo feed, List<FeedEntry> entries, List<String> warnings, boolean truncated) {

    public ParsedFeed {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(feed, "feed");
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    /** A whole document's feed. */
    public ParsedFeed(String format, FeedInfo feed, List<FeedEntry> entries, List<String> warnings) {
        this(format, feed, entries, warnings, false);
    }
}
