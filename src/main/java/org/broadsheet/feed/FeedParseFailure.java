package org.broadsheet.feed;

/**
 * Why a document could not be read as a feed: a stable reason whose name is stored with the source and shown to the
 * operator, beside the fetch's {@link org.broadsheet.fetch.FetchFailure} reasons.
 */
public enum FeedParseFailure {
    /** The document is not a feed at all: an HTML page, an image, garbage. */
    NOT_A_FEED,
    /** The document is a feed, but broken beyond what the parser repairs. */
    MALFORMED_FEED,
    /** The document is empty or only whitespace. */
    EMPTY_BODY,
    /**
     * The document was cut off (the connection dropped mid-download): the entries that arrived complete are kept when
     * there are any, and the source's health records this reason with their count.
     */
    TRUNCATED
}
