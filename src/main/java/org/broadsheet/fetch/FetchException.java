package org.broadsheet.fetch;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A fetch that failed, with a stable reason code such as {@code TIMEOUT} or {@code HTTP_404}. */
public final class FetchException extends Exception {
    private final FetchFailure failure;
    private final URI url;
    private final @Nullable Integer status;

    /** A failure other than {@link FetchFailure#HTTP_STATUS}; {@code url} is the URL being fetched when it failed. */
    public FetchException(FetchFailure failure, URI url, String message, @Nullable Throwable cause) {
        this(failure, url, null, message, cause);
    }

    private FetchException(
            FetchFailure failure, URI url, @Nullable Integer status, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.url = Objects.requireNonNull(url, "url");
        this.status = status;
    }

    /** A {@link FetchFailure#HTTP_STATUS} failure for a response with {@code status}. */
    public static FetchException httpStatus(URI url, int status) {
        return new FetchException(FetchFailure.HTTP_STATUS, url, status, "HTTP status " + status, null);
    }

    /** Why the fetch failed. */
    public FetchFailure failure() {
        return failure;
    }

    /** The stable reason code: the failure's name, or {@code "HTTP_" + status} for an HTTP status failure. */
    public String code() {
        return status != null ? "HTTP_" + status : failure.name();
    }

    /** The HTTP status for an {@link FetchFailure#HTTP_STATUS} failure, else null. */
    public @Nullable Integer status() {
        return status;
    }

    /** The URL being fetched when the failure happened (after any redirects). */
    public URI url() {
        return url;
    }
}
