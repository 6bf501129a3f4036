package org.broadsheet.feed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 that serves fixed documents by exact path and answers 404 for everything else,
 * recording every path asked for. Shared by the discovery tests of the feed, app and web packages.
 */
public final class LocalSite implements AutoCloseable {
    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";
    public static final String HTML = "text/html; charset=utf-8";

    private record Doc(String contentType, byte[] body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    /** Every path requested, in order. */
    public final List<String> requested = new CopyOnWriteArrayList<>();

    public LocalSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath();
                requested.add(path);
                Doc doc = docs.get(path);
                if (doc == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", doc.contentType());
                exchange.sendResponseHeaders(200, doc.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(doc.body());
                }
            }
        });
        server.start();
    }

    /** Serves {@code body} at exactly {@code path}. */
    public LocalSite serve(String path, String contentType, String body) {
        docs.put(path, new Doc(contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** An absolute URL on this server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** A small RSS 2.0 feed titled {@code title}. */
    public static String rss(String title) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://news.example/</link><description>d</description>"
                + "<item><title>One</title><link>http://news.example/1</link><guid>1</guid></item>"
                + "</channel></rss>";
    }

    /** A small Atom 1.0 feed titled {@code title}. */
    public static String atom(String title) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title
                + "</title><id>urn:x:feed</id><updated>2024-01-01T00:00:00Z</updated>"
                + "<entry><title>One</title><id>urn:x:1</id><updated>2024-01-01T00:00:00Z</updated>"
                + "<link href=\"http://news.example/1\"/></entry></feed>";
    }

    /** An HTML page with {@code head} in its head and {@code body} in its body. */
    public static String page(String head, String body) {
        return "<!doctype html><html><head><title>Home</title>" + head + "</head><body>" + body + "</body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
