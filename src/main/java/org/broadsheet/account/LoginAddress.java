package org.broadsheet.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The key failed log-ins are counted under for a client address: an IPv4 address as it is, an IPv6 address by its /64
 * prefix, because one subscriber is handed a whole /64 and could otherwise try from a fresh address each time.
 */
final class LoginAddress {
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private LoginAddress() {}

    /** The counting key of {@code address}; anything but an IPv6 literal is returned as it is. */
    static String key(String address) {
        String literal = address.strip();
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        // Only a literal is parsed, so that no name is ever looked up in DNS.
        if (!literal.contains(":") || !IPV6_LITERAL.matcher(literal).matches()) {
            return address;
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return address;
        }
        if (!(parsed instanceof Inet6Address)) {
            return parsed.getHostAddress(); // an IPv4-mapped address
        }
        byte[] bytes = parsed.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }
}
