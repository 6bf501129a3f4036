package org.broadsheet.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.util.Locale;
import java.util.Optional;
import org.broadsheet.account.Accounts;
import org.broadsheet.account.NewSession;
import org.broadsheet.api.ApiErrors;
import org.broadsheet.store.Account;
import org.broadsheet.store.SignedInSession;
import org.broadsheet.sync.SyncPaths;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises the visitor of each request and guards browser forms against cross-site requests.
 *
 * <p>A signed-in browser holds the session cookie {@value #SESSION}; the session's CSRF token is in every form it is
 * shown. A signed-out browser gets a random CSRF cookie {@value #CSRF} the first time it is shown a form (log-in,
 * sign-up), and the forms carry its value. Both cookies are HttpOnly and SameSite=Lax, and Secure when the request
 * came over HTTPS. Every POST outside the API must carry the right token or is refused with a 403; the API does not
 * accept the session cookie at all, only bearer tokens, so it needs no CSRF token.
 */
final class Visitors {
    private static final Logger log = LoggerFactory.getLogger(Visitors.class);
    static final String SESSION = "bs_session";
    static final String CSRF = "bs_csrf";
    static final String FIELD = "csrf";
    private static final String ATTRIBUTE = "broadsheet.viewer";

    private final Accounts accounts;
    private final int sessionSeconds;

    Visitors(Accounts accounts, int sessionSeconds) {
        this.accounts = accounts;
        this.sessionSeconds = sessionSeconds;
    }

    /** The before-handler: finds the session, then refuses a state-changing browser request without the right token. */
    void identify(Context ctx) {
        // The sync APIs, like the JSON API, take no cookie, only their own keys, so they need no CSRF token.
        if (ApiErrors.isApiPath(ctx.path())
                || SyncPaths.isSyncPath(ctx.path())
                || ctx.path().startsWith("/static/")) {
            return;
        }
        String cookie = ctx.cookie(SESSION);
        Optional<SignedInSession> session = cookie == null ? Optional.empty() : accounts.session(cookie);
        Viewer viewer = session.map(s -> new Viewer(s.account(), s.csrf())).orElseGet(() -> anonymous(ctx));
        ctx.attribute(ATTRIBUTE, viewer);
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
            String sent = formToken(ctx);
            if (sent == null || !Accounts.sameToken(viewer.csrf(), sent)) {
                throw new ForbiddenResponse("This form has expired or did not come from this site. Go back, reload "
                        + "the page and try again.");
            }
        }
    }

    /**
     * The form's CSRF token. Reading it parses the body, which fails on a charset Java does not know or a malformed
     * multipart body: that is the client's fault, so it is a 400 saying so. Later reads of the form use the parsed
     * copy, so every page handler is covered by this one check.
     */
    private static @Nullable String formToken(Context ctx) {
        try {
            return ctx.formParam(FIELD);
        } catch (Exception e) { // Javalin passes Jetty's checked ServletException on unchecked
            log.debug("Unreadable form: path={} content_type={}", ctx.path(), ctx.header("Content-Type"), e);
            throw new BadRequestResponse(
                    "This form could not be read: send it as UTF-8 form data, as the site's own " + "pages do.");
        }
    }

    private static Viewer anonymous(Context ctx) {
        String token = ctx.cookie(CSRF);
        return new Viewer(null, token == null ? "" : token);
    }

    /** The visitor of this request. */
    static Viewer of(Context ctx) {
        Viewer viewer = ctx.attribute(ATTRIBUTE);
        return viewer == null ? Viewer.ANONYMOUS : viewer;
    }

    /** The signed-in account, or a {@link SignInRequired}. */
    static Account require(Context ctx) {
        Account account = of(ctx).account();
        if (account == null) {
            throw new SignInRequired();
        }
        return account;
    }

    /**
     * The visitor of a page that shows a form: a signed-out browser without a CSRF cookie is given one now, so that
     * the form can carry its value.
     */
    static Viewer withFormToken(Context ctx) {
        Viewer viewer = of(ctx);
        if (viewer.signedIn() || !viewer.csrf().isEmpty()) {
            return viewer;
        }
        String token = Accounts.randomToken();
        ctx.cookie(cookie(ctx, CSRF, token, -1));
        Viewer fresh = new Viewer(null, token);
        ctx.attribute(ATTRIBUTE, fresh);
        return fresh;
    }

    /** Sets the cookie of a session just opened; any earlier session cookie is replaced, never reused. */
    void startSession(Context ctx, NewSession session) {
        ctx.cookie(cookie(ctx, SESSION, session.cookieValue(), sessionSeconds));
        ctx.attribute(ATTRIBUTE, new Viewer(session.account(), session.csrf()));
    }

    /** Clears the session cookie. */
    static void endSession(Context ctx) {
        ctx.cookie(cookie(ctx, SESSION, "", 0));
    }

    private static Cookie cookie(Context ctx, String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, secure(ctx), true, null, SameSite.LAX);
    }

    /** True when the browser reached us over HTTPS, directly or through a proxy that says so. */
    static boolean secure(Context ctx) {
        String proto = ctx.header("X-Forwarded-Proto");
        return ctx.scheme().equals("https")
                || (proto != null && proto.toLowerCase(Locale.ROOT).equals("https"));
    }
}
