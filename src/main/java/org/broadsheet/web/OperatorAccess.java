package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who may use the operator pages ({@code /admin/**}). Until there are accounts, only the machine itself may: the rule
 * looks at the address of the connection, never at headers a client could forge. Changes (POST) must also come from
 * the site's own pages, so that another web site open in the operator's browser cannot submit them, and the Host
 * header must name the machine itself, which keeps out a local reverse proxy's public traffic and DNS rebinding.
 */
final class OperatorAccess {
    private OperatorAccess() {}

    /** True for the operator pages: {@code /admin} and everything under it. */
    static boolean isOperatorPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.equals("/admin") || p.startsWith("/admin/");
    }

    /** True when a connection from {@code remote} may use the operator pages: it is a loopback address. */
    static boolean allows(InetAddress remote) {
        return remote.isLoopbackAddress();
    }

    /** The before-handler: refuses operator pages to other machines and to cross-site form posts, with a 403. */
    static void check(Context ctx) {
        if (!isOperatorPath(ctx.path())) {
            return;
        }
        if (!allows(remoteAddress(ctx.req().getRemoteAddr()))) {
            throw new ForbiddenResponse("The operator pages answer only on the machine that runs this site. "
                    + "Open them from that machine, for example through an SSH tunnel.");
        }
        if (!loopbackHost(ctx.header("Host"))) {
            throw new ForbiddenResponse("Open the operator pages as localhost or 127.0.0.1 on the machine that runs "
                    + "this site, not through a proxy or another name.");
        }
        if (!ctx.method().name().equals("GET") && !sameSite(ctx)) {
            throw new ForbiddenResponse("This change must be made from the operator pages of this site.");
        }
    }

    /**
     * True when the Host header names the machine itself. A loopback connection with another name is a local reverse
     * proxy forwarding the public, or a page that rebound its DNS name to 127.0.0.1; neither may use operator pages.
     */
    static boolean loopbackHost(@Nullable String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return host.startsWith("[::1]");
        }
        int colon = host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** False when the browser says the request came from another site (Sec-Fetch-Site or a foreign Origin). */
    static boolean sameSite(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return true;
        }
        return originAuthority(origin) != null && originAuthority(origin).equalsIgnoreCase(ctx.header("Host"));
    }

    private static @Nullable String originAuthority(String origin) {
        try {
            return URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static InetAddress remoteAddress(String literal) {
        try {
            // The servlet container gives an address literal, so this does not query DNS.
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new ForbiddenResponse("The address of this connection is unknown.");
        }
    }
}
