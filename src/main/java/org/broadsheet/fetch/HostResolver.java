package org.broadsheet.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses; the address guard's view of DNS, which tests replace. */
@FunctionalInterface
interface HostResolver {
    /** All addresses of {@code host}, never empty; throws when it has none. */
    InetAddress[] resolve(String host) throws UnknownHostException;
}
