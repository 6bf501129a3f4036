package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.broadsheet.account.AccountException;
import org.broadsheet.account.Accounts;
import org.broadsheet.account.NewSession;
import org.broadsheet.store.Account;
import org.broadsheet.store.ApiToken;
import org.jspecify.annotations.Nullable;

/**
 * Sign-up, log-in, log-out and the account page (password, sessions, API tokens). A refused form is shown again with
 * the reason next to its field and the status of the {@link org.broadsheet.account.AccountProblem} (400, or 429 at the
 * log-in limit).
 */
final class AccountPages {
    private final Accounts accounts;
    private final Visitors visitors;
    private final Templates templates;
    private final Site site;
    private final TimeDisplay time;

    AccountPages(WebServices services, PageTools tools, Visitors visitors) {
        this.accounts = services.community().accounts();
        this.visitors = visitors;
        this.templates = tools.templates();
        this.site = tools.site();
        this.time = tools.time();
    }

    /** {@code GET /signup}. */
    void signUpForm(Context ctx) {
        showAuth(ctx, true, "", next(ctx.queryParam("next")), Map.of());
    }

    /** {@code POST /signup}: creates a reader account and logs it in. */
    void signUp(Context ctx) {
        String username = field(ctx, "username");
        String password = field(ctx, "password");
        String next = next(ctx.formParam("next"));
        try {
            accounts.signUp(username, password);
            visitors.startSession(ctx, accounts.logIn(username, password, ctx.ip()));
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            ctx.status(e.problem().status());
            showAuth(ctx, true, username, next, Map.of(e.problem().field(), e.getMessage()));
        }
    }

    /** {@code GET /login}. */
    void logInForm(Context ctx) {
        showAuth(ctx, false, "", next(ctx.queryParam("next")), Map.of());
    }

    /** {@code POST /login}: opens a new session (a session id the browser had before is never kept). */
    void logIn(Context ctx) {
        String username = field(ctx, "username");
        String next = next(ctx.formParam("next"));
        try {
            String old = ctx.cookie(Visitors.SESSION);
            if (old != null) {
                accounts.logOut(old);
            }
            NewSession session = accounts.logIn(username, field(ctx, "password"), ctx.ip());
            visitors.startSession(ctx, session);
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            ctx.status(e.problem().status());
            showAuth(ctx, false, username, next, Map.of(e.problem().field(), e.getMessage()));
        }
    }

    /** {@code POST /logout}: ends this browser's session. */
    void logOut(Context ctx) {
        String cookie = ctx.cookie(Visitors.SESSION);
        if (cookie != null) {
            accounts.logOut(cookie);
        }
        Visitors.endSession(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /logout-everywhere}: ends every session of the account and revokes its API tokens. */
    void logOutEverywhere(Context ctx) {
        Account account = Visitors.require(ctx);
        accounts.logOutEverywhere(account.id());
        Visitors.endSession(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /account}. */
    void page(Context ctx) {
        Account account = Visitors.require(ctx);
        String done = ctx.queryParam("done");
        String notice = "password".equals(done)
                ? "Your password was changed. Other devices were logged out and your API tokens were revoked."
                : "revoked".equals(done)
                        ? "The token was revoked."
                        : "app-password-revoked".equals(done) ? "The app password was revoked." : null;
        showAccount(ctx, account, null, null, Map.of(), notice);
    }

    /**
     * {@code POST /account/password}: changes the password; every other session ends, every API token is revoked, and
     * this session is renewed.
     */
    void changePassword(Context ctx) {
        Account account = Visitors.require(ctx);
        try {
            NewSession session = accounts.changePassword(account, field(ctx, "current"), field(ctx, "password"));
            visitors.startSession(ctx, session);
            ctx.redirect("/account?done=password", HttpStatus.SEE_OTHER);
        } catch (AccountException e) {
            ctx.status(e.problem().status());
            showAccount(ctx, account, null, null, Map.of(e.problem().field(), e.getMessage()), null);
        }
    }

    /** {@code POST /account/tokens}: creates a token and shows its secret once. */
    void createToken(Context ctx) {
        Account account = Visitors.require(ctx);
        try {
            String secret = accounts.createToken(account, field(ctx, "name"));
            ctx.status(HttpStatus.CREATED);
            showAccount(ctx, account, secret, null, Map.of(), null);
        } catch (AccountException e) {
            ctx.status(e.problem().status());
            showAccount(ctx, account, null, null, Map.of(e.problem().field(), e.getMessage()), null);
        }
    }

    /** {@code POST /account/tokens/{id}/revoke}. */
    void revokeToken(Context ctx) {
        Account account = Visitors.require(ctx);
        accounts.revokeToken(account, Params.pathId(ctx, "id"));
        ctx.redirect("/account?done=revoked", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /account/app-passwords}: creates a password for a reader app and shows it once. */
    void createAppPassword(Context ctx) {
        Account account = Visitors.require(ctx);
        try {
            String secret = accounts.appPasswords().create(account, field(ctx, "label"));
            ctx.status(HttpStatus.CREATED);
            showAccount(ctx, account, null, secret, Map.of(), null);
        } catch (AccountException e) {
            ctx.status(e.problem().status());
            showAccount(ctx, account, null, null, Map.of("label", e.getMessage()), null);
        }
    }

    /** {@code POST /account/app-passwords/{id}/revoke}: the app password stops working at once. */
    void revokeAppPassword(Context ctx) {
        Account account = Visitors.require(ctx);
        accounts.appPasswords().revoke(account, Params.pathId(ctx, "id"));
        ctx.redirect("/account?done=app-password-revoked", HttpStatus.SEE_OTHER);
    }

    private void showAuth(Context ctx, boolean signUp, String username, String next, Map<String, String> problems) {
        Layout layout = site.layout(signUp ? "Create an account" : "Log in", Layout.Nav.NONE)
                .withViewer(Visitors.withFormToken(ctx));
        render(ctx, "auth.jte", new AuthPage(layout, signUp, username, next, problems));
    }

    private void showAccount(
            Context ctx,
            Account account,
            @Nullable String newToken,
            @Nullable String newAppPassword,
            Map<String, String> problems,
            @Nullable String notice) {
        var rows = accounts.tokens(account).stream().map(this::row).toList();
        var appRows = accounts.appPasswords().list(account).stream()
                .map(p -> new AccountPage.TokenRow(
                        p.id(),
                        p.label(),
                        time.date(p.created()),
                        p.lastUsed() == null ? "never" : time.relative(p.lastUsed())))
                .toList();
        Layout layout = site.layout("Your account", Layout.Nav.NONE).withViewer(Visitors.of(ctx));
        render(
                ctx,
                "account.jte",
                new AccountPage(
                        layout,
                        account.username(),
                        account.role().key(),
                        rows,
                        newToken,
                        appRows,
                        newAppPassword,
                        problems,
                        notice));
    }

    private AccountPage.TokenRow row(ApiToken t) {
        return new AccountPage.TokenRow(
                t.id(), t.name(), time.date(t.created()), t.lastUsed() == null ? "never" : time.relative(t.lastUsed()));
    }

    private void render(Context ctx, String template, Object page) {
        ctx.header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(templates.render(template, page));
    }

    /** A path on this site to go to after logging in; anything else (another site, "//host") goes home. */
    static String next(@Nullable String value) {
        if (value == null
                || !value.startsWith("/")
                || value.startsWith("//")
                || value.startsWith("/\\")
                || value.length() > 500
                || value.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return value;
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
