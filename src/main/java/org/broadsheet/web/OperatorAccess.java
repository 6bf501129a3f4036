package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.broadsheet.store.Account;
import org.broadsheet.store.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may use the operator pages ({@code /admin/**}), by one rule for every page ({@link Area}): a signed-in account
 * whose role is enough for the page (moderator, or admin for the audit log). Anyone else who is signed in is refused
 * with a 403, and a signed-out visitor is sent to the log-in page. {@code /admin} leads to the first page the viewer
 * may use.
 *
 * <p>With {@link WebSettings#loopbackOperators()} on (as {@code serve --demo} and {@link WebSettings#defaults()} have
 * it), someone at the machine itself may use the sources page without an account too (or with a reader's account:
 * signing in takes nothing away), when the request passes four checks:
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
    /**
     * The operator pages, in the order {@code /admin} tries them, with who may use each: the least role, and whether
     * the loopback rule also opens it to someone at the machine (signed in or not, so that signing in never takes away
     * what the machine itself gives). Moderation always needs an account, because its audit log names the actor.
     */
    enum Area {
        SOURCES("/admin/sources", Role.MODERATOR, true),
        MODERATION("/admin/moderation", Role.MODERATOR, false),
        USERS("/admin/users", Role.MODERATOR, false),
        AUDIT("/admin/audit", Role.ADMIN, false);

        final String path;
        final Role least;
        final boolean local;

        Area(String path, Role least, boolean local) {
            this.path = path;
            this.least = least;
            this.local = local;
        }

        boolean covers(String lowerPath) {
            return lowerPath.equals(path) || lowerPath.startsWith(path + "/");
        }

        boolean roleAllows(Viewer viewer) {
            Account account = viewer.account();
            // Role's constants run from least to most: reader, moderator, admin.
            return account != null && account.role().compareTo(least) >= 0;
        }

        /** The area a path lies in; {@code /admin} itself and unknown paths under it lie in none. */
        static Optional<Area> of(String path) {
            String p = path.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(a -> a.covers(p)).findFirst();
        }
    }

    private final boolean loopbackOperators;

    OperatorAccess(boolean loopbackOperators) {
        this.loopbackOperators = loopbackOperators;
    }

    /**
     * The before-handler, one rule for every operator page: a viewer whose role is enough for the page, or who passes
     * the loopback rule where it opens the page, gets it; anyone else who is signed in gets a 403 and a signed-out
     * visitor the log-in page. {@code /admin} itself, and any path under it that is no page, is open to whoever may
     * use at least one page.
     */
    void check(Context ctx) {
        if (!isOperatorPath(ctx.path())) {
            return;
        }
        Viewer viewer = Visitors.of(ctx);
        List<Area> areas = Area.of(ctx.path()).map(List::of).orElse(List.of(Area.values()));
        if (areas.stream().anyMatch(a -> a.roleAllows(viewer))) {
            return;
        }
        if (loopbackOperators && areas.stream().anyMatch(a -> a.local)) {
            checkLoopback(ctx);
            return;
        }
        if (!viewer.signedIn()) {
            throw new SignInRequired();
        }
        throw new ForbiddenResponse(
                areas.size() == 1 && areas.getFirst().least == Role.ADMIN
                        ? "This operator page is for admins."
                        : "The operator pages are for moderators and admins.");
    }

    /** {@code GET /admin}: the first operator page this viewer may use ({@link #check} has made sure there is one). */
    void home(Context ctx) {
        Viewer viewer = Visitors.of(ctx);
        Area first = Arrays.stream(Area.values())
                .filter(a -> a.roleAllows(viewer) || (a.local && loopbackOperators && loopbackRefusal(ctx) == null))
                .findFirst()
                .orElseThrow(() -> new ForbiddenResponse("The operator pages are for moderators and admins."));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(first.path, HttpStatus.SEE_OTHER);
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
        String refusal = loopbackRefusal(ctx);
        if (refusal != null) {
            throw new ForbiddenResponse(refusal);
        }
    }

    /** Why the loopback rule refuses this request, or null when it passes. */
    static @Nullable String loopbackRefusal(Context ctx) {
        InetAddress remote = remoteAddress(ctx.req().getRemoteAddr());
        if (remote == null || !allows(remote)) {
            return "The operator pages answer only on the machine that runs this site. "
                    + "Open them from that machine, for example through an SSH tunnel.";
        }
        if (proxied(ctx::header)) {
            return "The operator pages do not answer through a proxy. Open them on the machine "
                    + "that runs this site, for example through an SSH tunnel.";
        }
        if (!loopbackHost(ctx.header("Host"))) {
            return "Open the operator pages as localhost or 127.0.0.1 on the machine that runs "
                    + "this site, not through a proxy or another name.";
        }
        if (!ctx.method().name().equals("GET") && !sameSite(ctx)) {
            return "This change must be made from the operator pages of this site.";
        }
        return null;
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

    private static @Nullable InetAddress remoteAddress(String literal) {
        try {
            // The servlet container gives an address literal, so this does not query DNS.
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
