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
 * the site's own pages, so that another web site open in the operator's browser cannot submit them.
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
        if (!ctx.method().name().equals("GET") && !sameSite(ctx)) {
            throw new ForbiddenResponse("This change must be made from the operator pages of this site.");
        }
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
