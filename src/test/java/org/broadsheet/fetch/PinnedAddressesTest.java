package org.broadsheet.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a resolver that answers a public address first and a private one afterwards must never get the HTTP
 * client connected to the private one. 127.0.0.2 plays the public publisher (the guard is told to treat it as public)
 * and 127.0.0.3 the internal service; both listen on the same port, so only the address decides which one is reached.
 */
class PinnedAddressesTest {
    private static final InetAddress PUBLIC = address(127, 0, 0, 2);
    private static final InetAddress PRIVATE = address(127, 0, 0, 3);

    private final String host = "rebind-" + UUID.randomUUID() + ".invalid";
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger publicHits = new AtomicInteger();
    private final AtomicInteger privateHits = new AtomicInteger();
    private HttpServer publicServer;
    private HttpServer privateServer;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        publicServer = server(PUBLIC, 0, publicHits);
        privateServer = server(PRIVATE, publicServer.getAddress().getPort(), privateHits);
        HostResolver rebinding = name -> new InetAddress[] {lookups.getAndIncrement() == 0 ? PUBLIC : PRIVATE};
        Predicate<InetAddress> internal = a -> !a.equals(PUBLIC) && AddressGuard.isInternal(a);
        fetcher = new HttpFetcher(FetchSettings.defaults(), new AddressGuard(false, rebinding, internal));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        publicServer.stop(0);
        privateServer.stop(0);
        PinnedAddresses.forget(host);
    }

    @Test
    void connectsToTheAddressThatWasCheckedNotToALaterAnswer() throws Exception {
        URI url = URI.create("http://" + host + ":" + publicServer.getAddress().getPort() + "/feed");

        FetchResult first = fetcher.fetch(FetchRequest.of(url));
        FetchResult second = fetcher.fetch(FetchRequest.of(url));

        // The name exists only in the test's resolver: the client reached the server through the pin alone.
        assertThat(new String(first.body(), UTF_8)).isEqualTo("public");
        assertThat(new String(second.body(), UTF_8)).isEqualTo("public");
        assertThat(lookups).hasValue(1);
        assertThat(publicHits).hasValue(2);
        assertThat(privateHits).hasValue(0);
    }

    @Test
    void refusesTheNewAnswerWhenTheHostIsResolvedAgain() throws Exception {
        URI url = URI.create("http://" + host + ":" + publicServer.getAddress().getPort() + "/feed");
        fetcher.fetch(FetchRequest.of(url));

        PinnedAddresses.forget(host); // as when the pin is due for a refresh
        FetchException refused = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(FetchRequest.of(url)));

        assertThat(refused.failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
        assertThat(refused.getMessage()).contains("127.0.0.3");
        assertThat(privateHits).hasValue(0);
    }

    @Test
    void rechecksEveryRedirectHopAndNeverRequestsThePrivateTarget() throws Exception {
        publicServer.createContext("/moved", exchange -> {
            try (exchange) {
                publicHits.incrementAndGet();
                exchange.getResponseHeaders()
                        .set(
                                "Location",
                                "http://127.0.0.3:" + privateServer.getAddress().getPort() + "/admin");
                exchange.sendResponseHeaders(302, -1);
            }
        });
        URI url = URI.create("http://127.0.0.2:" + publicServer.getAddress().getPort() + "/moved");

        FetchException refused = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(FetchRequest.of(url)));

        assertThat(refused.failure()).isEqualTo(FetchFailure.BLOCKED_ADDRESS);
        assertThat(refused.url().getPath()).isEqualTo("/admin");
        assertThat(publicHits).hasValue(1);
        assertThat(privateHits).hasValue(0);
    }

    @Test
    void resolverOffersPinnedAddressesInTheFamiliesAndOrderAsked() throws UnknownHostException {
        InetAddress v6 = InetAddress.getByName("2001:db8::1");
        List<InetAddress> both = List.of(v6, PUBLIC);

        assertThat(PinningResolverProvider.byPolicy(both, LookupPolicy.IPV4)).containsExactly(PUBLIC);
        assertThat(PinningResolverProvider.byPolicy(
                        both, LookupPolicy.IPV4 | LookupPolicy.IPV6 | LookupPolicy.IPV4_FIRST))
                .containsExactly(PUBLIC, v6);
        assertThat(PinningResolverProvider.byPolicy(
                        both, LookupPolicy.IPV4 | LookupPolicy.IPV6 | LookupPolicy.IPV6_FIRST))
                .containsExactly(v6, PUBLIC);
        assertThat(PinnedAddresses.active()).isTrue();
    }

    private static HttpServer server(InetAddress address, int port, AtomicInteger hits) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        byte[] body = (address.equals(PUBLIC) ? "public" : "private").getBytes(UTF_8);
        server.createContext("/", exchange -> {
            try (exchange) {
                hits.incrementAndGet();
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return server;
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
