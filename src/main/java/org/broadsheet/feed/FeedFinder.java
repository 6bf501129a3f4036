package org.broadsheet.feed;

import java.net.URI;
import java.util.List;

/** Finds the feeds behind an address that a person entered; {@link FeedDiscovery#discover} is the real one. */
@FunctionalInterface
public interface FeedFinder {

    /**
     * Returns the feeds to use for {@code url}, best first and never empty: {@code url} itself when it is a feed.
     *
     * @throws FeedDiscoveryException with {@code NO_FEED_FOUND}, {@code SEARCH_TIMEOUT}, or the fetch's code when
     *     {@code url} itself cannot be fetched
     */
    List<DiscoveredFeed> find(URI url) throws FeedDiscoveryException;
}
