package org.broadsheet.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reverse proxies the operator trusts ({@code --trusted-proxy CIDR}), and the client address of a request: the
 * connection's address, unless it is one of those proxies, in which case the address the proxies say they forward for
 * ({@code Forwarded: for=}, RFC 7239, or else {@code X-Forwarded-For}), read from the right and skipping the trusted
 * hops, so that a client cannot pass for another by writing the header itself.
 */
final class TrustedProxies {
    private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern FORWARDED_FOR =
            Pattern.compile("(?i)(?:^|[;,])\\s*for\\s*=\\s*(\"[^\"]*\"|[^;,\\s]+)");

    private final List<Range> ranges;
    private final AtomicBoolean warned = new AtomicBoolean();

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * The proxies in {@code cidrs} ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code ::1/128}...).
     *
     * @throws IllegalArgumentException naming the first entry that is not an address or a CIDR block
     */
    static TrustedProxies of(List<String> cidrs) {
        List<Range> ranges = new ArrayList<>();
        for (String cidr : cidrs) {
            ranges.add(Range.parse(cidr));
        }
        return new TrustedProxies(Collections.unmodifiableList(ranges));
    }

    /** The address of the client behind the proxies, or of the connection when it does not come from one. */
    String clientAddress(String remote, List<String> forwarded, List<String> forwardedFor) {
        InetAddress peer = literal(remote);
        if (peer == null || !trusts(peer)) {
            if (!forwarded.isEmpty() || !forwardedFor.isEmpty()) {
                warnOnce(remote);
            }
            return remote;
        }
        List<String> hops = forwarded.isEmpty() ? xForwardedFor(forwardedFor) : forwardedFor(forwarded);
        String client = remote;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                // "unknown", an obfuscated name or garbage: the nearest trusted proxy is all that is known.
                return client;
            }
            client = hop.getHostAddress();
            if (!trusts(hop)) {
                return client;
            }
        }
        return client;
    }

    private boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    private void warnOnce(String remote) {
        // A proxy on the machine itself that nobody listed: likely a reverse proxy set up without telling us.
        if (ranges.isEmpty()
                && literal(remote) instanceof InetAddress a
                && a.isLoopbackAddress()
                && !warned.getAndSet(true)) {
            log.warn(
                    "Requests come through a proxy at {}, which is not trusted: every visitor it forwards counts as"
                            + " that one address for the log-in limits. Start with --trusted-proxy {} to read its"
                            + " X-Forwarded-For.",
                    remote,
                    remote);
        }
    }

    private static List<String> xForwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(node(hop)); // some proxies add the port: 203.0.113.9:51234, [2001:db8::7]:4711
                }
            }
        }
        return hops;
    }

    private static List<String> forwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            // Each comma-separated element is one hop; one without for= is a hop we know nothing about.
            for (String element : header.split(",")) {
                Matcher m = FORWARDED_FOR.matcher(element);
                hops.add(m.find() ? node(m.group(1)) : "unknown");
            }
        }
        return hops;
    }

    /** An RFC 7239 node without its quotes, brackets and port: {@code "[2001:db8::7]:4711"} is {@code 2001:db8::7}. */
    private static String node(String value) {
        String node = value.strip();
        if (node.length() >= 2 && node.startsWith("\"") && node.endsWith("\"")) {
            node = node.substring(1, node.length() - 1);
        }
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end < 0 ? node : node.substring(1, end);
        }
        int colon = node.indexOf(':');
        return colon >= 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    /** The address an IP literal stands for, or null for anything else (never a DNS lookup). */
    static @Nullable InetAddress literal(String text) {
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.isEmpty() || !LITERAL.matcher(literal).matches()) {
            return null;
        }
        if (!literal.contains(":") && !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** One trusted block of addresses. */
    private record Range(byte[] network, int prefix) {
        static Range parse(String cidr) {
            String text = cidr.strip();
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or CIDR block: '" + cidr + "'");
            }
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR prefix length: '" + cidr + "'");
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("the prefix length of '" + cidr + "' must be between 0 and " + bits);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
