package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Who may use the operator pages ({@code /admin/**}): a signed-in moderator or admin. Anyone else who is signed in is
 * refused with a 403, and a signed-out visitor is sent to the log-in page.
 *
 * <p>With {@link WebSettings#loopbackOperators()} on (as {@code serve --demo} and {@link WebSettings#defaults()} have
 * it), someone at the machine itself may use them without an account too, when the request passes four checks:
 *
 * <ul>
 *   <li>the connection comes from a loopback address (the address of the socket, not a header);
 *   <li>the request carries none of the headers a proxy adds to say whom it forwards for ({@code Forwarded},
 *       {@code X-Forwarded-For}, {@code X-Forwarded-Host}, {@code X-Real-IP}, {@code Via}): a reverse proxy on the
 *       same machine connects from loopback and, as nginx does by default, may send {@code Host: 127.0.0.1:8080}, so
 *       the address and Host checks cannot tell it from the operator;
 *   <li>the Host header names the machine itself (localhost, 127.x.x.x or [::1]), which keeps out DNS rebinding and
 *       proxies that pass the public host name on;
 *   <li>a change (any method but GET) comes from the site's own pages, judged by {@code Sec-Fetch-Site} or
 *       {@code Origin}, so that another web site open in the operator's browser cannot submit it.
 * </ul>
 *
 * <p>What this does not protect against: a proxy that sends none of those headers (nginx's {@code proxy_pass}
 * adds none of them unless it is told to, and such a proxy sending {@code Host: 127.0.0.1} passes every check
 * here); any program or user on the same machine, since every loopback connection is
 * trusted; and cross-site posts from browsers that send neither {@code Sec-Fetch-Site} nor {@code Origin}. So the
 * proxy headers are a backstop, not access control: an operator who puts this site behind a reverse proxy must not
 * expose {@code /admin} through it (block that path in the proxy) until accounts exist, and should reach the operator
 * pages through an SSH tunnel instead.
 */
final class OperatorAccess {
    private final boolean loopbackOperators;

    OperatorAccess(boolean loopbackOperators) {
        this.loopbackOperators = loopbackOperators;
    }

    /**
     * The before-handler: lets moderators and admins in; otherwise applies the loopback rule when it is on, and else
     * refuses readers with a 403 and sends signed-out visitors to the log-in page.
     */
    void check(Context ctx) {
        if (!isOperatorPath(ctx.path())) {
            return;
        }
        Viewer viewer = Visitors.of(ctx);
        if (viewer.moderator()) {
            return;
        }
        if (loopbackOperators && !viewer.signedIn()) {
            checkLoopback(ctx);
            return;
        }
        if (!viewer.signedIn()) {
            throw new SignInRequired();
        }
        throw new ForbiddenResponse("The operator pages are for moderators and admins.");
    }

    /** The headers a proxy adds to say whom it forwards for; any of them marks a request as proxied. */
    static final List<String> PROXY_HEADERS =
            List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP", "Via");

    /** True for the operator pages: {@code /admin} and everything under it. */
    static boolean isOperatorPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.equals("/admin") || p.startsWith("/admin/");
    }

    /** True when a connection from {@code remote} may use the operator pages: it is a loopback address. */
    static boolean allows(InetAddress remote) {
        return remote.isLoopbackAddress();
    }

    /** The loopback rule: refuses operator pages to other machines and to cross-site form posts, with a 403. */
    static void checkLoopback(Context ctx) {
        if (!allows(remoteAddress(ctx.req().getRemoteAddr()))) {
            throw new ForbiddenResponse("The operator pages answer only on the machine that runs this site. "
                    + "Open them from that machine, for example through an SSH tunnel.");
        }
        if (proxied(ctx::header)) {
            throw new ForbiddenResponse("The operator pages do not answer through a proxy. Open them on the machine "
                    + "that runs this site, for example through an SSH tunnel.");
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

    /**
     * True when any of {@link #PROXY_HEADERS} is present, even empty: the request came through a proxy, which may be
     * forwarding anyone, so it is not a local operator however local its connection looks.
     */
    static boolean proxied(Function<String, @Nullable String> header) {
        return PROXY_HEADERS.stream().anyMatch(name -> header.apply(name) != null);
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
