package org.broadsheet.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void readsSeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsAnHttpDateAsTheTimeUntilIt() {
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 13:30:00 GMT", NOW)).contains(Duration.ofMinutes(90));
    }

    @Test
    void readsADateInThePastAsNoWait() {
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 12:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void capsAbsurdlyLongNumbersInsteadOfOverflowing() {
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isPresent();
    }

    @Test
    void ignoresGarbage() {
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("2026-11-28T13:00:00Z", NOW)).isEmpty();
    }

    @Test
    void aTooManyRequestsFailureCarriesTheServersRetryAfter() throws Exception {
        try (LocalServer server = new LocalServer();
                HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults().withAllowPrivateAddresses(true))) {
            server.handle("/busy", exchange -> {
                exchange.getResponseHeaders().set("Retry-After", "3600");
                LocalServer.send(exchange, 429, "slow down".getBytes(UTF_8));
            });
            server.handle("/down", exchange -> {
                exchange.getResponseHeaders().set("Retry-After", "tomorrow-ish");
                LocalServer.send(exchange, 503, new byte[0]);
            });

            FetchException busy = catchThrowableOfType(
                    FetchException.class, () -> fetcher.fetch(FetchRequest.of(server.url("/busy"))));
            FetchException down = catchThrowableOfType(
                    FetchException.class, () -> fetcher.fetch(FetchRequest.of(server.url("/down"))));

            assertThat(busy.code()).isEqualTo("HTTP_429");
            assertThat(busy.retryAfter()).contains(Duration.ofHours(1));
            assertThat(down.code()).isEqualTo("HTTP_503");
            assertThat(down.retryAfter()).isEmpty();
        }
    }
}
