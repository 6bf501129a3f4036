package org.broadsheet.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** robots.txt and per-host limits against a real server on 127.0.0.1. */
class PoliteFetcherTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final AtomicInteger robotsRequests = new AtomicInteger();
    private final AtomicInteger pageRequests = new AtomicInteger();
    private final AtomicReference<Integer> robotsStatus = new AtomicReference<>(200);
    private final AtomicReference<String> robotsBody = new AtomicReference<>("");
    private LocalServer server;
    private HttpFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        server.handle("/robots.txt", exchange -> {
            robotsRequests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            LocalServer.send(exchange, robotsStatus.get(), robotsBody.get().getBytes(UTF_8));
        });
        server.handle("/", exchange -> {
            pageRequests.incrementAndGet();
            LocalServer.send(exchange, 200, "<html><body>page</body></html>".getBytes(UTF_8));
        });
        fetcher = new HttpFetcher(FetchSettings.defaults().withAllowPrivateAddresses(true));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private PoliteFetcher polite(HttpFetcher fetcher) {
        return new PoliteFetcher(fetcher, clock, new HostLimiter(2));
    }

    private FetchException failure(PoliteFetcher polite, URI url) {
        return catchThrowableOfType(FetchException.class, () -> polite.fetch(FetchRequest.of(url)));
    }

    @Test
    void refusesWhatRobotsTxtDisallowsForOurProductToken() throws Exception {
        robotsBody.set("User-agent: *\nDisallow: /\n\nUser-agent: Broadsheet\nDisallow: /private/\n");
        PoliteFetcher polite = polite(fetcher);

        FetchException refused = failure(polite, server.url("/private/page"));
        FetchResult allowed = polite.fetch(FetchRequest.of(server.url("/news/page")));

        assertThat(refused.code()).isEqualTo("ROBOTS_DISALLOWED");
        assertThat(refused.failure()).isEqualTo(FetchFailure.ROBOTS_DISALLOWED);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(pageRequests).hasValue(1);
    }

    @Test
    void obeysTheWildcardGroupWhenNoneNamesUs() {
        robotsBody.set("User-agent: SomeOtherBot\nDisallow:\n\nUser-agent: *\nDisallow: /\n");

        assertThat(failure(polite(fetcher), server.url("/news/page")).code()).isEqualTo("ROBOTS_DISALLOWED");
        assertThat(pageRequests).hasValue(0);
    }

    @Test
    void allowsEverythingWhenRobotsTxtIsMissing() throws Exception {
        robotsStatus.set(404);

        FetchResult result = polite(fetcher).fetch(FetchRequest.of(server.url("/news/page")));

        assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void disallowsEverythingForAnHourWhileRobotsTxtFailsWithAServerError() throws Exception {
        robotsStatus.set(503);
        PoliteFetcher polite = polite(fetcher);

        FetchException first = failure(polite, server.url("/news/page"));
        FetchException second = failure(polite, server.url("/news/other"));
        robotsStatus.set(404);
        clock.advance(Duration.ofMinutes(61));
        FetchResult later = polite.fetch(FetchRequest.of(server.url("/news/page")));

        assertThat(first.code()).isEqualTo("ROBOTS_DISALLOWED");
        assertThat(first.getMessage()).contains("503");
        assertThat(second.code()).isEqualTo("ROBOTS_DISALLOWED");
        assertThat(later.status()).isEqualTo(200);
        assertThat(robotsRequests).hasValue(2);
        assertThat(pageRequests).hasValue(1);
    }

    @Test
    void reportsASiteThatCannotBeReachedWithTheConnectionFailure() {
        FetchException failed = failure(polite(fetcher), URI.create("http://127.0.0.1:1/feed.xml"));

        assertThat(failed.code()).isEqualTo("CONNECTION_FAILED");
        assertThat(failed.url()).isEqualTo(URI.create("http://127.0.0.1:1/feed.xml"));
    }

    @Test
    void readsRobotsTxtOncePerSiteForADay() throws Exception {
        robotsBody.set("User-agent: *\nDisallow: /private/\n");
        PoliteFetcher polite = polite(fetcher);

        for (int i = 0; i < 5; i++) {
            polite.fetch(FetchRequest.of(server.url("/news/" + i)));
        }
        clock.advance(Duration.ofHours(23));
        polite.fetch(FetchRequest.of(server.url("/news/again")));
        assertThat(robotsRequests).hasValue(1);

        robotsBody.set("User-agent: *\nDisallow: /\n");
        clock.advance(Duration.ofHours(2));
        assertThat(failure(polite, server.url("/news/again")).code()).isEqualTo("ROBOTS_DISALLOWED");
        assertThat(robotsRequests).hasValue(2);
    }

    @Test
    void concurrentFirstFetchesShareOneRobotsRequest() throws Exception {
        PoliteFetcher polite = polite(fetcher);
        List<Future<FetchResult>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                URI url = server.url("/news/" + i);
                results.add(threads.submit(() -> polite.fetch(FetchRequest.of(url))));
            }
            for (Future<FetchResult> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS).status()).isEqualTo(200); // hang guard only
            }
        }
        assertThat(robotsRequests).hasValue(1);
        assertThat(pageRequests).hasValue(20);
    }

    @Test
    void ignoresRobotsTxtWhenTurnedOff() throws Exception {
        robotsBody.set("User-agent: *\nDisallow: /\n");
        try (HttpFetcher rude = new HttpFetcher(
                FetchSettings.defaults().withAllowPrivateAddresses(true).withRespectRobots(false))) {
            FetchResult result = polite(rude).fetch(FetchRequest.of(server.url("/news/page")));

            assertThat(result.status()).isEqualTo(200);
            assertThat(robotsRequests).hasValue(0);
        }
    }

    @Test
    void leavesOutTheDelayForLoopbackHostsWhenPrivateAddressesAreAllowed() throws Exception {
        robotsBody.set("User-agent: *\nCrawl-delay: 10\n");
        List<Duration> sleeps = new ArrayList<>();
        HostLimiter limiter = new HostLimiter(2, System::nanoTime, sleeps::add);
        PoliteFetcher polite = new PoliteFetcher(fetcher, clock, limiter);

        for (int i = 0; i < 5; i++) {
            polite.fetch(FetchRequest.of(server.url("/news/" + i)));
        }

        // The demo serves all its pages from 127.0.0.1: spacing them out would only slow it down.
        assertThat(fetcher.settings().perHostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(sleeps).isEmpty();
        assertThat(pageRequests).hasValue(5);
    }

    @Test
    void appliesRobotsTxtAndTheHostsDelayToEveryRedirectHop() throws Exception {
        AtomicInteger otherRobots = new AtomicInteger();
        AtomicInteger otherPages = new AtomicInteger();
        HttpServer other =
                HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 2}), 0), 0);
        other.createContext("/robots.txt", exchange -> {
            try (exchange) {
                otherRobots.incrementAndGet();
                LocalServer.send(exchange, 200, "User-agent: *\nDisallow: /private/\nCrawl-delay: 7\n".getBytes(UTF_8));
            }
        });
        other.createContext("/", exchange -> {
            try (exchange) {
                otherPages.incrementAndGet();
                LocalServer.send(exchange, 200, "<html><body>moved page</body></html>".getBytes(UTF_8));
            }
        });
        other.start();
        String otherBase = "http://127.0.0.2:" + other.getAddress().getPort();
        server.handle("/go/public", ex -> LocalServer.redirect(ex, 302, otherBase + "/news/page"));
        server.handle("/go/private", ex -> LocalServer.redirect(ex, 302, otherBase + "/private/page"));
        List<Duration> sleeps = new ArrayList<>();
        try (HttpFetcher strict = new HttpFetcher(FetchSettings.defaults()
                .withAllowPrivateAddresses(true)
                .withPrivateHostsExempt(false)
                .withPerHostDelay(Duration.ZERO))) {
            PoliteFetcher polite = new PoliteFetcher(strict, clock, new HostLimiter(2, System::nanoTime, sleeps::add));

            FetchResult moved = polite.fetch(FetchRequest.of(server.url("/go/public")));
            polite.fetch(FetchRequest.of(server.url("/go/public")));
            FetchException refused = failure(polite, server.url("/go/private"));

            assertThat(moved.url().toString()).isEqualTo(otherBase + "/news/page");
            assertThat(refused.failure()).isEqualTo(FetchFailure.ROBOTS_DISALLOWED);
            assertThat(refused.url().getPath()).isEqualTo("/private/page");
            assertThat(otherRobots).hasValue(1);
            assertThat(otherPages).hasValue(2);
            // Only the hop's host asks for a delay (7 s): its second page waited for it, the first host never did.
            assertThat(sleeps).singleElement().satisfies(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(6)));
        } finally {
            other.stop(0);
        }
    }

    @Test
    void takesTheProductTokenFromTheUserAgent() {
        assertThat(PoliteFetcher.productToken(FetchSettings.DEFAULT_USER_AGENT)).isEqualTo("Broadsheet");
        assertThat(PoliteFetcher.productToken("MyReader")).isEqualTo("MyReader");
    }

    @Test
    void settingsDefaultToPoliteAndCanBeChanged() {
        FetchSettings defaults = FetchSettings.defaults();
        FetchSettings demo = defaults.withPerHostDelay(Duration.ZERO)
                .withPerHostConcurrency(4)
                .withRespectRobots(false);

        assertThat(defaults.respectRobots()).isTrue();
        assertThat(defaults.perHostConcurrency()).isEqualTo(2);
        assertThat(defaults.perHostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(demo.perHostDelay()).isZero();
        assertThat(demo.perHostConcurrency()).isEqualTo(4);
        assertThat(demo.respectRobots()).isFalse();
    }
}
