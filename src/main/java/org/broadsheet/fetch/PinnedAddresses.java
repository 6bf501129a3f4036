package org.broadsheet.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The addresses the guard checked, per host name, so that the HTTP client connects to exactly those (no DNS rebinding):
 * the JDK's HTTP client looks names up again when it connects, and {@link PinningResolverProvider}, installed as the
 * process's resolver, answers that lookup from here. A pin is used by the guard for {@link #REFRESH_AFTER} and then
 * replaced by a fresh lookup; the resolver keeps answering from it for {@link #LIFETIME}, longer than any fetch may
 * last, so that a connection opened late in a fetch still reaches the checked address.
 */
final class PinnedAddresses {
    static final Duration REFRESH_AFTER = Duration.ofSeconds(60);
    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final int PURGE_ABOVE = 4096;
    private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();
    private static volatile @Nullable InetAddressResolver builtin;

    private record Pin(List<InetAddress> addresses, long pinnedAt) {
        boolean youngerThan(Duration age, long now) {
            return now - pinnedAt < age.toNanos();
        }
    }

    private PinnedAddresses() {}

    /**
     * The addresses of {@code host} as pinned for connections: the pin when it is younger than {@link #REFRESH_AFTER},
     * else a fresh answer from {@code resolver}, pinned from now on. IP literals are returned as they are.
     */
    static List<InetAddress> resolve(String host, HostResolver resolver) throws UnknownHostException {
        if (isLiteral(host)) {
            return List.of(InetAddress.getAllByName(host));
        }
        String key = host.toLowerCase(Locale.ROOT);
        long now = System.nanoTime();
        Pin pin = PINS.get(key);
        if (pin != null && pin.youngerThan(REFRESH_AFTER, now)) {
            return pin.addresses();
        }
        InetAddress[] fresh = resolver.resolve(host);
        if (fresh.length == 0) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> addresses = List.of(fresh);
        if (PINS.size() > PURGE_ABOVE) {
            PINS.values().removeIf(old -> !old.youngerThan(LIFETIME, now));
        }
        PINS.put(key, new Pin(addresses, now));
        return addresses;
    }

    /** The pinned addresses of {@code host}, while the pin lives. */
    static Optional<List<InetAddress>> find(String host) {
        Pin pin = PINS.get(host.toLowerCase(Locale.ROOT));
        return pin != null && pin.youngerThan(LIFETIME, System.nanoTime())
                ? Optional.of(pin.addresses())
                : Optional.empty();
    }

    /** Drops the pin of {@code host}, so that its next check resolves it afresh. */
    static void forget(String host) {
        PINS.remove(host.toLowerCase(Locale.ROOT));
    }

    /** Whether the pinning resolver answers the process's lookups (it is installed at the first lookup). */
    static boolean active() {
        return builtin != null;
    }

    /** Makes the JVM load its resolver now (it does at the first lookup of a name), so that pins take effect. */
    static void warmUp() {
        try {
            InetAddress.getAllByName("localhost");
        } catch (UnknownHostException e) {
            // A system without "localhost": the resolver is loaded all the same.
        }
    }

    static void installed(InetAddressResolver systemResolver) {
        builtin = systemResolver;
    }

    /** A fresh lookup by the system's own resolver, past the pins. */
    static InetAddress[] systemLookup(String host) throws UnknownHostException {
        InetAddressResolver system = builtin;
        if (system == null) {
            // The first lookup of the process installs the pinning resolver; nothing is pinned yet.
            return InetAddress.getAllByName(host);
        }
        return system.lookupByName(host, LookupPolicy.of(LookupPolicy.IPV4 | LookupPolicy.IPV6))
                .toArray(InetAddress[]::new);
    }

    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }
}
