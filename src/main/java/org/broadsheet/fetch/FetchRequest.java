package org.broadsheet.fetch;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One GET to make, with the validators from the previous fetch of the same URL, if any.
 *
 * @param url the absolute http or https URL to fetch
 * @param etag the {@code ETag} of the copy already held, sent as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} of the copy already held, sent as {@code If-Modified-Since}
 */
public record FetchRequest(
        URI url, @Nullable String etag, @Nullable String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
    }

    /** An unconditional GET of {@code url}. */
    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null);
    }

    /** A GET of {@code url} that the server may answer with 304 Not Modified when the validators still match. */
    public static FetchRequest conditional(URI url, @Nullable String etag, @Nullable String lastModified) {
        return new FetchRequest(url, etag, lastModified);
    }
}
