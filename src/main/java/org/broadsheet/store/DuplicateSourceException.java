package org.broadsheet.store;

import java.net.URI;

/** Thrown when a source is added whose feed URL is already registered. */
public final class DuplicateSourceException extends RuntimeException {
    private final URI feedUrl;

    public DuplicateSourceException(URI feedUrl) {
        super("a source with feed URL " + feedUrl + " already exists");
        this.feedUrl = feedUrl;
    }

    /** The feed URL that was already registered. */
    public URI feedUrl() {
        return feedUrl;
    }
}
