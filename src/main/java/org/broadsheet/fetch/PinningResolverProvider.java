package org.broadsheet.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.net.spi.InetAddressResolverProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The process's host name resolver (registered in {@code META-INF/services}): answers a name the address guard has
 * pinned with the addresses it checked, and every other name with the system's resolver. This is what makes the HTTP
 * client connect to the address that was checked. Public only because {@link java.util.ServiceLoader} requires it.
 */
public final class PinningResolverProvider extends InetAddressResolverProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public PinningResolverProvider() {}

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver system = configuration.builtinResolver();
        PinnedAddresses.installed(system);
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                Optional<List<InetAddress>> pinned = PinnedAddresses.find(host);
                if (pinned.isPresent()) {
                    List<InetAddress> allowed = byPolicy(pinned.get(), policy.characteristics());
                    if (!allowed.isEmpty()) {
                        return allowed.stream();
                    }
                }
                return system.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return system.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "broadsheet-pinned-addresses";
    }

    /** The addresses of the families the policy asks for, in the order it prefers. */
    static List<InetAddress> byPolicy(List<InetAddress> addresses, int characteristics) {
        boolean v4 = (characteristics & LookupPolicy.IPV4) != 0;
        boolean v6 = (characteristics & LookupPolicy.IPV6) != 0;
        Stream<InetAddress> kept =
                addresses.stream().filter(a -> (v4 && a instanceof Inet4Address) || (v6 && a instanceof Inet6Address));
        if ((characteristics & LookupPolicy.IPV4_FIRST) != 0) {
            kept = kept.sorted(Comparator.comparing(a -> a instanceof Inet4Address ? 0 : 1));
        } else if ((characteristics & LookupPolicy.IPV6_FIRST) != 0) {
            kept = kept.sorted(Comparator.comparing(a -> a instanceof Inet6Address ? 0 : 1));
        }
        return kept.toList();
    }
}
