package org.broadsheet.feed;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A feed found by {@link FeedDiscovery}, fetched and parsed to make sure it is one.
 *
 * @param url the feed's absolute URL
 * @param format the format it parsed as, in {@link ParsedFeed#format()}'s names ({@code rss_2.0}, {@code atom_1.0},
 *     {@code json_1.1}, ...)
 * @param title the feed's own title, else the title of the link that pointed to it, else null
 */
public record DiscoveredFeed(
        URI url, String format, @Nullable String title) {

    public DiscoveredFeed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
    }
}
