package org.broadsheet.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches URLs with one shared HTTP client: follows redirects itself so that every hop passes the address guard, sends
 * conditional requests, decompresses, and enforces the size and time limits of its {@link FetchSettings}.
 * Thread-safe; meant to be called from virtual threads.
 */
public final class HttpFetcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.9, */*;q=0.8";

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final ExecutorService executor;
    private final HttpClient client;

    /** Creates a fetcher and its HTTP client; {@link #close()} releases them. */
    public HttpFetcher(FetchSettings settings) {
        this(
                settings,
                new AddressGuard(
                        Objects.requireNonNull(settings, "settings").allowPrivateAddresses(),
                        settings::isAllowedInternalOrigin));
    }

    HttpFetcher(FetchSettings settings, AddressGuard guard) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guard = Objects.requireNonNull(guard, "guard");
        if (!PinnedAddresses.active()) {
            PinnedAddresses.warmUp();
            if (!PinnedAddresses.active()) {
                log.warn("the pinning resolver is not installed: the HTTP client may resolve a host again after it"
                        + " was checked (is META-INF/services on the class path?)");
            }
        }
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .executor(executor)
                .build();
    }

    /** Lets a caller hold a slot around each request of a fetch: the first one and every redirect hop. */
    @FunctionalInterface
    interface HopGate {
        /** Waits until {@code url} may be requested, or refuses it; the request is sent while the permit is held. */
        HostLimiter.Permit enter(URI url) throws FetchException;
    }

    private static final HopGate OPEN = url -> () -> {};

    /** The settings this fetcher was created with. */
    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches {@code request.url()}, following up to {@link FetchSettings#maxRedirects()} redirects. Returns a 2xx
     * response, or a 304 as {@link FetchResult#notModified()}; everything else is a {@link FetchException}.
     */
    public FetchResult fetch(FetchRequest request) throws FetchException {
        return fetch(request, OPEN);
    }

    /** Fetches like {@link #fetch(FetchRequest)}, passing every hop's URL through {@code gate} once it is checked. */
    FetchResult fetch(FetchRequest request, HopGate gate) throws FetchException {
        Objects.requireNonNull(request, "request");
        try {
            return follow(request, gate);
        } catch (FetchException e) {
            log.atDebug()
                    .addKeyValue("url", e.url())
                    .addKeyValue("reason", e.code())
                    .setCause(e.getCause())
                    .log("Fetch failed: {}", e.getMessage());
            throw e;
        }
    }

    /** The guard that checks every hop; the polite fetcher asks it which hosts are internal. */
    AddressGuard guard() {
        return guard;
    }

    private FetchResult follow(FetchRequest request, HopGate gate) throws FetchException {
        long start = System.nanoTime();
        long deadline = start + settings.totalTimeout().toNanos();
        URI url = request.url();
        URI permanentRedirect = null;
        boolean onlyPermanentSoFar = true;
        for (int redirects = 0; ; redirects++) {
            guard.check(url);
            HttpResponse<byte[]> response;
            long waitStart = System.nanoTime();
            try (HostLimiter.Permit permit = gate.enter(url)) {
                // Waiting for robots.txt and the host's turn is our manners, not the server's slowness: not timed.
                deadline += System.nanoTime() - waitStart;
                response = send(url, request, deadline);
            }
            int status = response.statusCode();
            if (Redirects.isRedirect(status)) {
                if (redirects >= settings.maxRedirects()) {
                    throw new FetchException(
                            FetchFailure.TOO_MANY_REDIRECTS,
                            url,
                            "More than " + settings.maxRedirects() + " redirects",
                            null);
                }
                URI next = Redirects.target(url, response);
                onlyPermanentSoFar &= Redirects.isPermanent(status);
                if (onlyPermanentSoFar) {
                    permanentRedirect = next;
                }
                url = next;
                continue;
            }
            if (status == 304) {
                return result(url, response, true, new byte[0], permanentRedirect, start);
            }
            if (status < 200 || status > 299) {
                throw failedStatus(url, response);
            }
            byte[] body = ContentDecoder.decode(
                    response.body(),
                    response.headers().firstValue("Content-Encoding").orElse(null),
                    settings.maxBodyBytes(),
                    url);
            return result(url, response, false, body, permanentRedirect, start);
        }
    }

    /** A failure for a non-2xx status, with the server's {@code Retry-After} when it sent one with a 429 or 503. */
    private static FetchException failedStatus(URI url, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 429 || status == 503) {
            Optional<Duration> retryAfter = response.headers()
                    .firstValue("Retry-After")
                    .flatMap(value -> RetryAfter.parse(value, Instant.now()));
            if (retryAfter.isPresent()) {
                return FetchException.httpStatus(url, status, retryAfter.get());
            }
        }
        return FetchException.httpStatus(url, status);
    }

    private static FetchResult result(
            URI url,
            HttpResponse<byte[]> response,
            boolean notModified,
            byte[] body,
            @Nullable URI permanentRedirect,
            long start) {
        var headers = response.headers();
        return new FetchResult(
                url,
                response.statusCode(),
                notModified,
                body,
                headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null),
                permanentRedirect,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private HttpResponse<byte[]> send(URI url, FetchRequest request, long deadline) throws FetchException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new FetchException(FetchFailure.TIMEOUT, url, "Timed out after " + settings.totalTimeout(), null);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (request.etag() != null) {
            builder.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            builder.header("If-Modified-Since", request.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(builder.build(), bodyHandler());
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(FetchFailure.TIMEOUT, url, "Timed out after " + settings.totalTimeout(), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchFailure.IO_ERROR, url, "Interrupted", e);
        } catch (ExecutionException e) {
            throw FailureClassifier.classify(e.getCause() == null ? e : e.getCause(), url);
        }
    }

    private BodyHandler<byte[]> bodyHandler() {
        return info -> {
            int status = info.statusCode();
            if (status < 200 || status > 299) {
                return LimitedBodySubscriber.discarding();
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > settings.maxBodyBytes()) {
                // Refuse at once rather than after reading maxBodyBytes of it.
                return LimitedBodySubscriber.refusing(
                        "Declared length " + declared + " larger than " + settings.maxBodyBytes() + " bytes");
            }
            return LimitedBodySubscriber.upTo(settings.maxBodyBytes());
        };
    }

    /** Stops the HTTP client, giving requests in flight a few seconds to finish. */
    @Override
    public void close() {
        client.shutdown();
        try {
            if (!client.awaitTermination(Duration.ofSeconds(5))) {
                client.shutdownNow();
            }
        } catch (InterruptedException e) {
            client.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor.close();
    }
}
