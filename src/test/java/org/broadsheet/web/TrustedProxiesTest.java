package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

    private String client(String remote, List<String> forwarded, List<String> forwardedFor) {
        return proxies.clientAddress(remote, forwarded, forwardedFor);
    }

    @Test
    void ignoresTheHeadersOfAPeerThatIsNoTrustedProxy() {
        assertThat(client("198.51.100.1", List.of(), List.of("203.0.113.9"))).isEqualTo("198.51.100.1");
        assertThat(TrustedProxies.of(List.of()).clientAddress("127.0.0.1", List.of(), List.of("203.0.113.9")))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void takesTheRightmostAddressThatIsNoTrustedProxy() {
        assertThat(client("127.0.0.1", List.of(), List.of("198.51.100.7, 203.0.113.9, 10.1.2.3")))
                .isEqualTo("203.0.113.9");
        assertThat(client("127.0.0.1", List.of(), List.of("198.51.100.7", "203.0.113.9:51234")))
                .isEqualTo("203.0.113.9");
        // Every hop trusted: the client is the leftmost.
        assertThat(client("10.0.0.1", List.of(), List.of("10.9.9.9, 127.0.0.1")))
                .isEqualTo("10.9.9.9");
        // A hop that is no address: all that is known is the nearest trusted proxy.
        assertThat(client("127.0.0.1", List.of(), List.of("203.0.113.9, unknown, 10.1.2.3")))
                .isEqualTo("10.1.2.3");
    }

    @Test
    void readsTheForwardedHeaderFirst() {
        assertThat(client(
                        "127.0.0.1",
                        List.of("for=198.51.100.7;proto=https, for=\"[2001:db8::7]:4711\""),
                        List.of("203.0.113.9")))
                .isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(client("127.0.0.1", List.of("for=\"_hidden\""), List.of())).isEqualTo("127.0.0.1");
        assertThat(client("fd12::1", List.of("for=192.0.2.60"), List.of())).isEqualTo("192.0.2.60");
    }

    @Test
    void refusesWhatIsNotAnAddressOrACidrBlock() {
        assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("proxy.example")));
        assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")));
        assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WebSettings.defaults().withTrustedProxies(List.of("10.0.0.0/8", "nope")))
                .withMessageContaining("nope");
    }
}
