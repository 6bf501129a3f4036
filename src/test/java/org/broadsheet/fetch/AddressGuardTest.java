package org.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    @Property
    void everyTenDotAddressIsInternal(
            @ForAll @IntRange(max = 255) int b, @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d)
            throws UnknownHostException {
        assertThat(AddressGuard.isInternal(v4(10, b, c, d))).isTrue();
        assertThat(AddressGuard.isInternal(v4(127, b, c, d))).isTrue();
        assertThat(AddressGuard.isInternal(v4(169, 254, c, d))).isTrue();
        assertThat(AddressGuard.isInternal(v4(192, 168, c, d))).isTrue();
    }

    @Property
    void private172RangeIsExactlySlash12(
            @ForAll @IntRange(max = 255) int b, @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d)
            throws UnknownHostException {
        assertThat(AddressGuard.isInternal(v4(172, b, c, d))).isEqualTo(b >= 16 && b <= 31);
    }

    @Property
    void ipv4MappedFormsAreJudgedByTheirIpv4Address(
            @ForAll @IntRange(max = 255) int a, @ForAll @IntRange(max = 255) int b, @ForAll @IntRange(max = 255) int c)
            throws UnknownHostException {
        InetAddress plain = v4(a, b, c, 1);
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) a, (byte) b, (byte) c, 1};
        assertThat(AddressGuard.isInternal(Inet6Address.getByAddress(null, mapped, -1)))
                .isEqualTo(AddressGuard.isInternal(plain));
    }

    @Test
    void allowsPublicAddresses() throws UnknownHostException {
        for (String address :
                new String[] {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "2001:4860:4860::8888"}) {
            assertThat(AddressGuard.isInternal(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
    }

    @Test
    void blocksInternalAddressesOfEveryKind() throws UnknownHostException {
        String[] internal = {
            "0.0.0.0",
            "127.0.0.1",
            "10.1.2.3",
            "100.64.0.1",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "224.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "ff02::1",
            "fec0::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a00:1"
        };
        for (String address : internal) {
            assertThat(AddressGuard.isInternal(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
    }

    private static InetAddress v4(int a, int b, int c, int d) throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }
}
