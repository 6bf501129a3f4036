package org.broadsheet.demo;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server on 127.0.0.1 that serves the demo corpus's feeds, article pages and images, with timestamps relative
 * to its start and conditional GET (ETag, Last-Modified), so that the real fetch pipeline can ingest it offline.
 */
public final class DemoServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DemoServer.class);
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final HttpServer http;
    private final ExecutorService executor;
    private final URI baseUri;
    private final Instant startedAt;
    private final DemoSite site;

    private DemoServer(HttpServer http, ExecutorService executor, Instant startedAt) {
        this.http = http;
        this.executor = executor;
        this.startedAt = startedAt;
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        this.baseUri = URI.create(base + "/");
        this.site = new DemoSite(new DemoTokens(base, startedAt));
    }

    /** Starts a server on 127.0.0.1 at {@code port} (0 picks a free port) whose "now" is the current minute. */
    public static DemoServer start(int port) {
        return start(port, Instant.now());
    }

    /** Starts a server whose corpus times are relative to {@code now}, truncated to the minute. */
    static DemoServer start(int port, Instant now) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 0);
            DemoServer server = new DemoServer(http, executor, now.truncatedTo(ChronoUnit.MINUTES));
            http.createContext("/", server::handle);
            http.setExecutor(executor);
            http.start();
            log.info("demo server listening at {}", server.baseUri);
            return server;
        } catch (IOException e) {
            executor.close();
            throw new UncheckedIOException("cannot start the demo server on port " + port, e);
        }
    }

    /** The server's root, such as {@code http://127.0.0.1:43127/}, ending in '/'. */
    public URI baseUri() {
        return baseUri;
    }

    /** The corpus's outlets with absolute feed and homepage URIs on this server. */
    public List<DemoSource> sources() {
        return DemoCorpus.outlets().stream()
                .map(o -> new DemoSource(
                        o.name(),
                        o.slug(),
                        baseUri.resolve(o.homepagePath()),
                        baseUri.resolve(o.feedPath()),
                        o.country(),
                        o.language(),
                        o.display()))
                .toList();
    }

    /** Stops accepting requests and waits for the ones in progress. */
    @Override
    public void close() {
        http.stop(0);
        executor.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Optional<ServedFile> file = site.find(path);
            if (file.isPresent()) {
                send(exchange, file.get(), method.equals("HEAD"));
            } else if (site.isFolder(path)) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
            } else {
                byte[] body = "Not found\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
            }
        } catch (RuntimeException e) {
            log.warn("demo server failed on {}", exchange.getRequestURI(), e);
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private void send(HttpExchange exchange, ServedFile file, boolean headOnly) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", file.contentType());
        headers.set("ETag", file.etag());
        headers.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(startedAt.atZone(ZoneOffset.UTC)));
        headers.set("Cache-Control", "no-cache");
        if (notModified(exchange.getRequestHeaders(), file)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.sendResponseHeaders(200, headOnly ? -1 : file.body().length);
        if (!headOnly) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file.body());
            }
        }
    }

    /** RFC 9110: If-None-Match (weak comparison) decides when present; otherwise If-Modified-Since. */
    private boolean notModified(Headers request, ServedFile file) {
        String ifNoneMatch = request.getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || candidate.replaceFirst("^W/", "").equals(file.etag())) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getFirst("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.strip()));
            return !startedAt.isAfter(since);
        } catch (DateTimeParseException e) {
            log.debug("ignoring unparseable If-Modified-Since '{}'", ifModifiedSince);
            return false;
        }
    }
}
