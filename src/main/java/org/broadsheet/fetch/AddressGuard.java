package org.broadsheet.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The SSRF guard: decides which URLs may be fetched, by scheme and by the addresses their host resolves to.
 *
 * <p>A host is refused when any of its addresses is internal, so that a name with one public and one private record
 * cannot be used to reach the private one. The addresses checked are pinned ({@link PinnedAddresses}), and the HTTP
 * client's own lookup of the name is answered from the pin, so a DNS server that answers differently the second time
 * (DNS rebinding) is never connected to. What the JVM's address cache holds for the name is checked as well, since the
 * client may take its answer from there.
 */
final class AddressGuard {
    private final boolean allowPrivateAddresses;
    private final Predicate<URI> allowedOrigin;
    private final HostResolver resolver;
    private final Predicate<InetAddress> internal;

    AddressGuard(boolean allowPrivateAddresses) {
        this(allowPrivateAddresses, url -> false);
    }

    /** A guard that also lets through the URLs {@code allowedOrigin} accepts, internal or not (the demo's server). */
    AddressGuard(boolean allowPrivateAddresses, Predicate<URI> allowedOrigin) {
        this(allowPrivateAddresses, allowedOrigin, PinnedAddresses::systemLookup, AddressGuard::isInternal);
    }

    /** A guard on another resolver, and another idea of internal addresses (tests make one loopback address public). */
    AddressGuard(boolean allowPrivateAddresses, HostResolver resolver, Predicate<InetAddress> internal) {
        this(allowPrivateAddresses, url -> false, resolver, internal);
    }

    private AddressGuard(
            boolean allowPrivateAddresses,
            Predicate<URI> allowedOrigin,
            HostResolver resolver,
            Predicate<InetAddress> internal) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.allowedOrigin = allowedOrigin;
        this.resolver = resolver;
        this.internal = internal;
    }

    /** Throws unless {@code url} is http(s) and its host resolves only to addresses that may be fetched. */
    void check(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(
                    FetchFailure.UNSUPPORTED_SCHEME, url, "Only http and https URLs can be fetched", null);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchFailure.UNKNOWN_HOST, url, "The URL has no host", null);
        }
        List<InetAddress> addresses;
        try {
            addresses = PinnedAddresses.resolve(host, resolver);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchFailure.UNKNOWN_HOST, url, "Unknown host " + host, e);
        }
        if (allowPrivateAddresses || allowedOrigin.test(url)) {
            return;
        }
        refuseInternal(url, host, addresses);
        try {
            refuseInternal(url, host, List.of(InetAddress.getAllByName(host)));
        } catch (UnknownHostException e) {
            // Nothing cached and nothing pinned for the client: its own lookup fails in turn, and says so.
        }
    }

    /** Whether {@code host} resolves (as pinned) only to internal addresses; false when it does not resolve. */
    boolean resolvesOnlyToInternal(String host) {
        try {
            List<InetAddress> addresses = PinnedAddresses.resolve(host, resolver);
            return addresses.stream().allMatch(internal);
        } catch (UnknownHostException e) {
            return false; // the fetch itself will fail and say so
        }
    }

    private void refuseInternal(URI url, String host, List<InetAddress> addresses) throws FetchException {
        for (InetAddress address : addresses) {
            if (internal.test(address)) {
                throw new FetchException(
                        FetchFailure.BLOCKED_ADDRESS,
                        url,
                        "Host " + host + " resolves to the internal address " + address.getHostAddress(),
                        null);
            }
        }
    }

    /**
     * Whether {@code address} is one that a server should never be made to fetch on a user's behalf: any-local,
     * loopback, private, carrier-grade NAT, link-local (cloud metadata included), unique-local, multicast, reserved,
     * or an IPv6 form that embeds one of those IPv4 addresses.
     */
    static boolean isInternal(InetAddress address) {
        byte[] b = address.getAddress();
        return b.length == 4 ? isInternalIpv4(b, 0) : isInternalIpv6(b);
    }

    private static boolean isInternalIpv4(byte[] b, int offset) {
        int a0 = b[offset] & 0xff;
        int a1 = b[offset + 1] & 0xff;
        return a0 == 0 // "this network", 0.0.0.0 included
                || a0 == 10
                || a0 == 127
                || (a0 == 100 && a1 >= 64 && a1 <= 127) // carrier-grade NAT
                || (a0 == 169 && a1 == 254) // link-local, cloud metadata
                || (a0 == 172 && a1 >= 16 && a1 <= 31)
                || (a0 == 192 && a1 == 168)
                || (a0 == 192 && a1 == 0 && (b[offset + 2] & 0xff) == 0) // IETF protocol assignments
                || (a0 == 198 && (a1 == 18 || a1 == 19)) // benchmarking
                || a0 >= 224; // multicast, reserved, broadcast
    }

    private static boolean isInternalIpv6(byte[] b) {
        if (allZero(b, 0, 10)) {
            boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            boolean compatible = b[10] == 0 && b[11] == 0;
            if (mapped || compatible) {
                // ::ffff:a.b.c.d, the deprecated ::a.b.c.d, and :: and ::1 (which embed 0.0.0.0 and 0.0.0.1).
                return isInternalIpv4(b, 12);
            }
        }
        if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return isInternalIpv4(b, 12); // NAT64 64:ff9b::/96
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return (first & 0xfe) == 0xfc // unique-local fc00::/7
                || (first == 0xfe && (second & 0xc0) == 0x80) // link-local fe80::/10
                || (first == 0xfe && (second & 0xc0) == 0xc0) // deprecated site-local fec0::/10
                || first == 0xff; // multicast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
