package org.broadsheet.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a successful fetch: a 2xx response, or a 304 when the request was conditional.
 *
 * @param url the final URL, after redirects
 * @param status the HTTP status of the final response
 * @param notModified true for a 304 answer to a conditional request; the body is then empty
 * @param body the decoded (decompressed) body, never larger than {@link FetchSettings#maxBodyBytes()}
 * @param contentType the {@code Content-Type} header, if sent
 * @param etag the {@code ETag} header, if sent
 * @param lastModified the {@code Last-Modified} header, if sent
 * @param permanentRedirect the URL to use from now on when a 301 or 308 moved the resource, else null
 * @param elapsed how long the fetch took, redirects included
 */
public record FetchResult(
        URI url,
        int status,
        boolean notModified,
        byte[] body,
        @Nullable String contentType,
        @Nullable String etag,
        @Nullable String lastModified,
        @Nullable URI permanentRedirect,
        Duration elapsed) {

    public FetchResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
