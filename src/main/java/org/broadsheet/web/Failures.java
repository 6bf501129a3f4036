package org.broadsheet.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.broadsheet.account.AccountException;
import org.broadsheet.api.ApiErrors;
import org.broadsheet.comment.CommentException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: JSON errors under {@code /api/}, error pages in the site's layout
 * everywhere else. Unexpected exceptions are logged with the path and answered with a 500 that reveals nothing, except
 * a write that failed for want of disk space: a 503 with the code {@value #STORAGE_FULL}, noted for the health check.
 */
final class Failures {
    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    /** The API error code of a write refused because the disk (or the database) is full. */
    static final String STORAGE_FULL = "STORAGE_FULL";

    private final Templates templates;
    private final Site site;
    private final StorageHealth storage;

    Failures(Templates templates, Site site, StorageHealth storage) {
        this.templates = templates;
        this.site = site;
        this.storage = storage;
    }

    /** Registers the exception mapping on {@code routes}. */
    void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, this::expected);
        routes.exception(SignInRequired.class, this::signIn);
        routes.exception(
                CommentException.class,
                (e, ctx) -> respond(ctx, e.problem().status(), e.problem().name(), e.getMessage()));
        routes.exception(
                AccountException.class,
                (e, ctx) -> respond(ctx, e.problem().status(), e.problem().name(), e.getMessage()));
        routes.exception(Exception.class, this::unexpected);
    }

    /** A page that needs a signed-in reader: the log-in page, coming back afterwards; the API answers 401. */
    private void signIn(SignInRequired e, Context ctx) {
        if (ApiErrors.isApiPath(ctx.path())) {
            respond(ctx, 401, e.getMessage());
            return;
        }
        String back = ctx.method().name().equals("GET") ? ctx.path() : "/";
        ctx.header("Cache-Control", "no-store");
        ctx.redirect("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void expected(HttpResponseException e, Context ctx) {
        if (e instanceof MethodNotAllowedResponse) {
            // Javalin names the methods the path does answer in the details; HTTP wants them in Allow.
            String allowed = e.getDetails().values().stream().findFirst().orElse("");
            ctx.header("Allow", allowed);
            respond(ctx, 405, "This address does not answer " + ctx.method().name() + "; it answers " + allowed + ".");
            return;
        }
        String message = e instanceof EndpointNotFound ? "There is no page at this address." : e.getMessage();
        respond(ctx, e.getStatus(), message);
    }

    private void unexpected(Exception e, Context ctx) {
        if (StorageHealth.isFull(e)) {
            storage.noteFull();
            log.error(
                    "Request failed, the disk is full: method={} path={}",
                    ctx.method().name(),
                    ctx.path(),
                    e);
            ctx.header("Retry-After", "300");
            respond(
                    ctx,
                    503,
                    STORAGE_FULL,
                    "The server has run out of storage space, so nothing can be saved right"
                            + " now. Reading still works; please try again later.");
            return;
        }
        log.error("Request failed: method={} path={}", ctx.method().name(), ctx.path(), e);
        respond(ctx, 500, "Something went wrong on our side. Please try again in a moment.");
    }

    private void respond(Context ctx, int status, String message) {
        respond(ctx, status, null, message);
    }

    private void respond(Context ctx, int status, @Nullable String code, String message) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        if (ApiErrors.isApiPath(ctx.path())) {
            if (code == null) {
                ApiErrors.write(ctx, status, message);
            } else {
                ApiErrors.write(ctx, status, code, message);
            }
            return;
        }
        String heading = status == 403 && !OperatorAccess.isOperatorPath(ctx.path()) ? "Not allowed" : heading(status);
        ErrorPage page = new ErrorPage(site.layout(heading, Layout.Nav.NONE), status, heading, message);
        try {
            ctx.contentType("text/html; charset=utf-8").result(templates.render("error.jte", page));
        } catch (RuntimeException renderFailure) {
            log.error("Error page failed: path={}", ctx.path(), renderFailure);
            ctx.contentType("text/plain; charset=utf-8").result(heading + ": " + message);
        }
    }

    private static String heading(int status) {
        return switch (status) {
            case 400 -> "That request did not make sense";
            case 403 -> "Operators only";
            case 404 -> "Page not found";
            case 405 -> "Not allowed";
            case 429 -> "Too many attempts";
            case 503 -> "Not available right now";
            default -> status >= 500 ? "Something went wrong" : "That did not work";
        };
    }
}
