package org.broadsheet.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A fetch that failed, with a stable reason code such as {@code TIMEOUT} or {@code HTTP_404}. */
public final class FetchException extends Exception {
    private final FetchFailure failure;
    private final URI url;
    private final @Nullable Integer status;
    private final @Nullable Duration retryAfter;

    /** A failure other than {@link FetchFailure#HTTP_STATUS}; {@code url} is the URL being fetched when it failed. */
    public FetchException(FetchFailure failure, URI url, String message, @Nullable Throwable cause) {
        this(failure, url, null, null, message, cause);
    }

    private FetchException(
            FetchFailure failure,
            URI url,
            @Nullable Integer status,
            @Nullable Duration retryAfter,
            String message,
            @Nullable Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.url = Objects.requireNonNull(url, "url");
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** A {@link FetchFailure#HTTP_STATUS} failure for a response with {@code status}. */
    public static FetchException httpStatus(URI url, int status) {
        return new FetchException(FetchFailure.HTTP_STATUS, url, status, null, "HTTP status " + status, null);
    }

    /**
     * A {@link FetchFailure#HTTP_STATUS} failure for a response with {@code status} whose server asked us to wait
     * {@code retryAfter} (not negative) before trying again.
     */
    public static FetchException httpStatus(URI url, int status, Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
        return new FetchException(
                FetchFailure.HTTP_STATUS,
                url,
                status,
                retryAfter,
                "HTTP status " + status + ", retry after " + retryAfter.toSeconds() + " s",
                null);
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

    /** How long the server asked us to wait before trying again (from {@code Retry-After} on a 429 or 503). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The URL being fetched when the failure happened (after any redirects). */
    public URI url() {
        return url;
    }
}
