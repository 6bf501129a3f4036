package org.broadsheet.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(UTF_8);

    private LocalServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        fetcher = new HttpFetcher(localSettings());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private static FetchSettings localSettings() {
        return FetchSettings.defaults()
                .withAllowPrivateAddresses(true)
                .withConnectTimeout(Duration.ofSeconds(2))
                .withTotalTimeout(Duration.ofSeconds(5));
    }

    private FetchException failure(HttpFetcher with, URI url) {
        return catchThrowableOfType(FetchException.class, () -> with.fetch(FetchRequest.of(url)));
    }

    @Test
    void returnsBodyAndValidatorsAndSendsPoliteHeaders() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        server.handle("/feed", ex -> {
            seen.add(ex.getRequestHeaders().getFirst("User-Agent"));
            seen.add(ex.getRequestHeaders().getFirst("Accept-Encoding"));
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT");
            LocalServer.send(ex, 200, FEED);
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.notModified()).isFalse();
        assertThat(result.body()).isEqualTo(FEED);
        assertThat(result.url()).isEqualTo(server.url("/feed"));
        assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Mon, 01 Jan 2024 00:00:00 GMT");
        assertThat(result.permanentRedirect()).isNull();
        assertThat(result.elapsed()).isPositive();
        assertThat(seen).containsExactly(FetchSettings.DEFAULT_USER_AGENT, "gzip, deflate");
    }

    @Test
    void skipsUnchangedFeedOnNotModified() throws Exception {
        server.handle("/feed", ex -> {
            boolean etagMatches = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            boolean dateMatches = "Mon, 01 Jan 2024 00:00:00 GMT"
                    .equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            LocalServer.send(
                    ex, etagMatches && dateMatches ? 304 : 200, etagMatches && dateMatches ? new byte[0] : FEED);
        });

        FetchResult result =
                fetcher.fetch(FetchRequest.conditional(server.url("/feed"), "\"v1\"", "Mon, 01 Jan 2024 00:00:00 GMT"));

        assertThat(result.notModified()).isTrue();
        assertThat(result.status()).isEqualTo(304);
        assertThat(result.body()).isEmpty();
        assertThat(result.etag()).isEqualTo("\"v1\"");
    }

    @Test
    void decodesGzipAndDeflateBodies() throws Exception {
        server.handle("/gzip", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, gzip(FEED));
        });
        server.handle("/deflate", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            LocalServer.send(ex, 200, deflate(FEED));
        });

        assertThat(fetcher.fetch(FetchRequest.of(server.url("/gzip"))).body()).isEqualTo(FEED);
        assertThat(fetcher.fetch(FetchRequest.of(server.url("/deflate"))).body())
                .isEqualTo(FEED);
    }

    @Test
    void refusesBodyLargerThanLimitWhetherDeclaredOrStreamed() throws Exception {
        byte[] big = new byte[64 * 1024];
        server.handle("/declared", ex -> LocalServer.send(ex, 200, big));
        server.handle("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to go by
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[1024]);
                }
            }
        });
        try (HttpFetcher small = new HttpFetcher(localSettings().withMaxBodyBytes(10_000))) {
            assertThat(failure(small, server.url("/declared")).failure()).isEqualTo(FetchFailure.TOO_LARGE);
            assertThat(failure(small, server.url("/chunked")).code()).isEqualTo("TOO_LARGE");
        }
    }

    @Test
    void refusesGzipBombThatExpandsPastLimit() throws Exception {
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(100_000);
        server.handle("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.send(ex, 200, bomb);
        });

        FetchException e = failure(fetcher, server.url("/bomb"));

        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_LARGE);
    }

    @Test
    void followsRedirectsUpToTheLimit() throws Exception {
        server.handle("/hop/", ex -> {
            int left = Integer.parseInt(ex.getRequestURI().getPath().substring("/hop/".length()));
            LocalServer.redirect(ex, 302, left == 0 ? "/feed" : "/hop/" + (left - 1));
        });
        server.handle("/feed", ex -> LocalServer.send(ex, 200, FEED));

        FetchResult fiveHops = fetcher.fetch(FetchRequest.of(server.url("/hop/4")));
        FetchException sixHops = failure(fetcher, server.url("/hop/5"));

        assertThat(fiveHops.url()).isEqualTo(server.url("/feed"));
        assertThat(fiveHops.body()).isEqualTo(FEED);
        assertThat(fiveHops.permanentRedirect()).isNull();
        assertThat(sixHops.failure()).isEqualTo(FetchFailure.TOO_MANY_REDIRECTS);
    }

    @Test
    void reportsPermanentRedirectOnlyWhenEveryHopWasPermanent() throws Exception {
        server.handle(
                "/moved",
                ex -> LocalServer.redirect(ex, 301, server.url("/moved-again").toString()));
        server.handle("/moved-again", ex -> LocalServer.redirect(ex, 308, "/feed#top"));
        server.handle("/temporary", ex -> LocalServer.redirect(ex, 307, "/moved"));
        server.handle("/feed", ex -> LocalServer.send(ex, 200, FEED));

        assertThat(fetcher.fetch(FetchRequest.of(server.url("/moved"))).permanentRedirect())
                .isEqualTo(server.url("/feed"));
        assertThat(fetcher.fetch(FetchRequest.of(server.url("/temporary"))).permanentRedirect())
                .isNull();
    }

    @Test
    void reportsHttpStatusWithItsCode() throws IOException {
        server.handle("/gone", ex -> LocalServer.send(ex, 404, "not here".getBytes(UTF_8)));

        FetchException e = failure(fetcher, server.url("/gone"));

        assertThat(e.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
        assertThat(e.code()).isEqualTo("HTTP_404");
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.url()).isEqualTo(server.url("/gone"));
    }

    @Test
    void timesOutOnSlowHeadersAndOnSlowBody() throws IOException {
        server.handle("/slow-headers", ex -> {
            sleep(3000);
            LocalServer.send(ex, 200, FEED);
        });
        server.handle("/slow-body", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write('x');
                    out.flush();
                    sleep(100);
                }
            }
        });
        try (HttpFetcher impatient = new HttpFetcher(localSettings().withTotalTimeout(Duration.ofMillis(500)))) {
            long start = System.nanoTime();
            assertThat(failure(impatient, server.url("/slow-headers")).failure())
                    .isEqualTo(FetchFailure.TIMEOUT);
            assertThat(failure(impatient, server.url("/slow-body")).failure()).isEqualTo(FetchFailure.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void refusesLoopbackAddressUnlessAllowed() throws IOException {
        server.handle("/feed", ex -> LocalServer.send(ex, 200, FEED));
        try (HttpFetcher guarded = new HttpFetcher(FetchSettings.defaults())) {
            FetchException e = failure(guarded, server.url("/feed"));
            assertThat(e.failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
            assertThat(failure(guarded, URI.create("http://[::1]/")).failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
            assertThat(failure(guarded, URI.create("http://169.254.169.254/latest/meta-data/"))
                            .failure())
                    .isEqualTo(FetchFailure.BLOCKED_ADDRESS);
        }
    }

    @Test
    void anAllowedInternalOriginIsFetchedAndEveryOtherInternalAddressStaysRefused() throws Exception {
        server.handle("/feed", ex -> LocalServer.send(ex, 200, FEED));
        server.handle("/elsewhere", ex -> LocalServer.redirect(ex, 302, "http://127.0.0.1:" + otherPort() + "/"));
        URI origin = server.url("/");
        FetchSettings demo = FetchSettings.defaults().withAllowedInternalOrigin(origin);
        try (HttpFetcher guarded = new HttpFetcher(demo)) {
            assertThat(guarded.fetch(FetchRequest.of(server.url("/feed"))).status())
                    .isEqualTo(200);
            // Another port on the same loopback host, and a redirect to it, are not the allowed origin.
            assertThat(failure(guarded, URI.create("http://127.0.0.1:" + otherPort() + "/"))
                            .failure())
                    .isEqualTo(FetchFailure.BLOCKED_ADDRESS);
            assertThat(failure(guarded, server.url("/elsewhere")).failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
            assertThat(failure(guarded, URI.create("https://" + origin.getHost() + ":" + origin.getPort() + "/"))
                            .failure())
                    .isEqualTo(FetchFailure.BLOCKED_ADDRESS);
            assertThat(failure(guarded, URI.create("http://169.254.169.254/latest/meta-data/"))
                            .failure())
                    .isEqualTo(FetchFailure.BLOCKED_ADDRESS);
        }
        assertThat(demo.isAllowedInternalOrigin(URI.create("HTTP://127.0.0.1:" + origin.getPort() + "/a?b")))
                .isTrue();
        assertThat(FetchSettings.defaults()
                        .withAllowedInternalOrigin(URI.create("http://localhost/"))
                        .isAllowedInternalOrigin(URI.create("http://LOCALHOST:80/feed")))
                .isTrue();
    }

    private int otherPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void refusesUnsupportedSchemesIncludingAfterRedirect() throws IOException {
        server.handle("/to-file", ex -> LocalServer.redirect(ex, 302, "file:///etc/passwd"));

        assertThat(failure(fetcher, URI.create("ftp://127.0.0.1/feed")).failure())
                .isEqualTo(FetchFailure.UNSUPPORTED_SCHEME);
        assertThat(failure(fetcher, URI.create("file:///etc/passwd")).code()).isEqualTo("UNSUPPORTED_SCHEME");
        assertThat(failure(fetcher, server.url("/to-file")).failure()).isEqualTo(FetchFailure.UNSUPPORTED_SCHEME);
    }

    @Test
    void reportsRefusedConnectionAndUnknownHost() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThat(failure(fetcher, URI.create("http://127.0.0.1:" + closedPort + "/"))
                        .failure())
                .isEqualTo(FetchFailure.CONNECTION_FAILED);
        assertThat(failure(fetcher, URI.create("http://no-such-host.invalid/")).failure())
                .isEqualTo(FetchFailure.UNKNOWN_HOST);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
