package org.broadsheet.app;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The synthetic publishers of {@code bench ingest}: {@code hosts} loopback addresses (127.1.x.y, which Linux routes to
 * the loopback interface), each with its own listening socket, robots.txt, RSS feeds of {@code entries} items and one
 * article page per item, every answer delayed by {@code latency}. Connections are kept alive and handled on virtual
 * threads; the content is generated from the feed and item numbers, so every run serves the same bytes.
 */
final class BenchPublishers implements AutoCloseable {
    private static final String[] WORDS = ("the council said on monday that its plan for the harbour would cost more"
                    + " than expected after engineers found older foundations under the quay where ferries dock each"
                    + " morning residents asked whether schools roads and the hospital would wait while the city"
                    + " borrowed again ministers promised an answer before summer and opposition members demanded a"
                    + " vote figures published by the statistics office showed prices rising faster in the north")
            .split(" ");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final int entries;
    private final Duration latency;
    private final Instant now = Instant.parse("2026-11-01T12:00:00Z");
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<ServerSocket> sockets = new ArrayList<>();
    private final List<URI> feedUrls = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean open = true;

    private BenchPublishers(int entries, Duration latency) {
        this.entries = entries;
        this.latency = latency;
    }

    /** Starts {@code hosts} listening sockets and spreads {@code feeds} feeds over them, round robin. */
    static BenchPublishers start(int feeds, int entries, int hosts, Duration latency) throws IOException {
        if (hosts < 1 || hosts > 250 * 250) {
            throw new IllegalArgumentException("hosts must be between 1 and 62500: " + hosts);
        }
        BenchPublishers publishers = new BenchPublishers(entries, latency);
        try {
            List<String> bases = new ArrayList<>();
            for (int h = 0; h < hosts; h++) {
                byte[] address = {127, 1, (byte) (h / 250), (byte) (h % 250 + 1)};
                ServerSocket socket = new ServerSocket();
                socket.bind(new InetSocketAddress(InetAddress.getByAddress(address), 0), 512);
                publishers.sockets.add(socket);
                bases.add("http://" + InetAddress.getByAddress(address).getHostAddress() + ":" + socket.getLocalPort());
                publishers.threads.submit(() -> publishers.accept(socket));
            }
            for (int f = 0; f < feeds; f++) {
                publishers.feedUrls.add(URI.create(bases.get(f % hosts) + "/feed/" + f + ".xml"));
            }
            return publishers;
        } catch (IOException | RuntimeException e) {
            publishers.close();
            throw e;
        }
    }

    /** The feeds' URLs, one per feed, in feed order. */
    List<URI> feedUrls() {
        return List.copyOf(feedUrls);
    }

    /** How many requests were answered so far. */
    long requests() {
        return requests.get();
    }

    /** How many connections were accepted so far. */
    long connections() {
        return connections.get();
    }

    private void accept(ServerSocket socket) {
        while (open) {
            try {
                Socket connection = socket.accept();
                connections.incrementAndGet();
                threads.submit(() -> serve(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection;
                InputStream in = new BufferedInputStream(connection.getInputStream());
                OutputStream out = connection.getOutputStream()) {
            String host = connection.getLocalAddress().getHostAddress() + ":" + connection.getLocalPort();
            while (open) {
                String path = readRequest(in);
                if (path == null) {
                    return;
                }
                Thread.sleep(latency);
                respond(out, host, path);
                requests.incrementAndGet();
            }
        } catch (IOException | InterruptedException e) {
            // The client went away or we are closing: nothing to answer.
        }
    }

    /** Reads one request's head and returns its path, or null at the end of the connection. */
    private static String readRequest(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        String requestLine = null;
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String text = line.toString().strip();
                line.setLength(0);
                if (requestLine == null) {
                    requestLine = text;
                } else if (text.isEmpty()) {
                    String[] parts = requestLine.split(" ");
                    return parts.length > 1 ? parts[1] : "/";
                }
            } else {
                line.append((char) c);
            }
        }
        return null;
    }

    private void respond(OutputStream out, String host, String path) throws IOException {
        String type = "text/html; charset=utf-8";
        String body;
        int status = 200;
        String[] parts = path.split("[/.]");
        if (path.equals("/robots.txt")) {
            type = "text/plain";
            body = "User-agent: *\nDisallow: /private/\n";
        } else if (path.startsWith("/feed/") && parts.length >= 3) {
            type = "application/rss+xml";
            body = feed(host, Integer.parseInt(parts[2]));
        } else if (path.startsWith("/a/") && parts.length >= 4) {
            body = article(Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        } else {
            status = 404;
            body = "not found";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + type
                + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private String feed(String host, int feed) {
        StringBuilder xml = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Publisher ")
                .append(feed)
                .append("</title><link>http://")
                .append(host)
                .append("/</link><description>Synthetic news</description>");
        for (int item = 0; item < entries; item++) {
            String link = "http://" + host + "/a/" + feed + "/" + item + ".html";
            xml.append("<item><title>")
                    .append(title(feed, item))
                    .append("</title><link>")
                    .append(link)
                    .append("</link><guid>")
                    .append(link)
                    .append("</guid><pubDate>")
                    .append(RFC_1123.format(now.minus(Duration.ofMinutes(37L * item + feed % 60))))
                    .append("</pubDate><description>")
                    .append(words(new SplittableRandom(feed * 1000L + item), 30))
                    .append("</description></item>");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private static String article(int feed, int item) {
        SplittableRandom random = new SplittableRandom(feed * 1000L + item);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title(feed, item))
                .append(" | Publisher ")
                .append(feed)
                .append("</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
                        + " <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a></nav></header>"
                        + "<main><article><h1>")
                .append(title(feed, item))
                .append("</h1><p class=\"byline\">By Reporter ")
                .append(item % 7)
                .append("</p>");
        for (int p = 0; p < 8; p++) {
            html.append("<p>").append(words(random, 60)).append("</p>");
        }
        return html.append("</article><aside><h2>Most read</h2><ul><li><a href=\"/x\">Other story</a></li>"
                        + "<li><a href=\"/y\">Another story</a></li></ul></aside></main>"
                        + "<footer><p>Copyright Publisher</p></footer></body></html>")
                .toString();
    }

    private static String title(int feed, int item) {
        return "Story " + item + " from publisher " + feed + ": " + words(new SplittableRandom(feed ^ (item << 16)), 6);
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.append('.').toString();
    }

    @Override
    public void close() {
        open = false;
        for (ServerSocket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
        threads.shutdownNow();
    }
}
