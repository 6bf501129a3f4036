package org.broadsheet.feed;

import java.net.URI;
import java.util.Objects;
import org.broadsheet.fetch.FetchException;
import org.jspecify.annotations.Nullable;

/**
 * Discovery that found no feed, with a stable code: {@link #NO_FEED_FOUND}, {@link #SEARCH_TIMEOUT} when the time
 * budget ran out, or the fetch's own code ({@code HTTP_404}, {@code BLOCKED_ADDRESS}, ...) when the page itself could not be
 * fetched.
 */
public final class FeedDiscoveryException extends Exception {
    /** The page was fetched, but neither it nor anything it points to or any common feed path is a feed. */
    public static final String NO_FEED_FOUND = "NO_FEED_FOUND";
    /**
     * The page was fetched, but the time budget ran out before a feed was found; distinct from the fetch's own
     * {@code TIMEOUT}, which means the page itself did not answer in time.
     */
    public static final String SEARCH_TIMEOUT = "SEARCH_TIMEOUT";

    private final String code;
    private final URI url;

    /** A failure with one of the codes above for the page at {@code url}. */
    public FeedDiscoveryException(String code, URI url, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.url = Objects.requireNonNull(url, "url");
    }

    /** The page itself could not be fetched; the code is the fetch's. */
    static FeedDiscoveryException pageFailed(URI url, FetchException cause) {
        return new FeedDiscoveryException(
                cause.code(), url, "Could not fetch " + url + ": " + cause.getMessage(), cause);
    }

    /** The stable reason: {@link #NO_FEED_FOUND}, {@link #SEARCH_TIMEOUT} or a fetch code such as {@code HTTP_404}. */
    public String code() {
        return code;
    }

    /** The address discovery started from. */
    public URI url() {
        return url;
    }
}
