package org.broadsheet.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.broadsheet.comment.CommentException;
import org.broadsheet.comment.CommentText;
import org.broadsheet.comment.Moderation;
import org.broadsheet.store.Account;
import org.broadsheet.store.AuditEntry;
import org.broadsheet.store.QueuedComment;
import org.broadsheet.store.Role;
import org.jspecify.annotations.Nullable;

/**
 * The moderators' pages: the queue of held and reported comments, the banned-terms list and the accounts list with
 * bans; for admins also roles and the audit log. These need a signed-in moderator or admin (the loopback rule of the
 * demo opens only the sources page, because every action here is written to the audit log under someone's name).
 */
final class ModerationPages {
    private final Moderation moderation;
    private final Templates templates;
    private final Site site;
    private final TimeDisplay time;

    ModerationPages(WebServices services, PageTools tools) {
        this.moderation = services.community().moderation();
        this.templates = tools.templates();
        this.site = tools.site();
        this.time = tools.time();
    }

    /** {@code GET /admin/moderation}. */
    void queue(Context ctx) {
        showQueue(ctx, Visitors.require(ctx), null, null, notice(ctx.queryParam("done")));
    }

    /** {@code POST /admin/moderation/{id}/approve}. */
    void approve(Context ctx) {
        moderation.approve(Visitors.require(ctx), Params.pathId(ctx, "id"));
        ctx.redirect("/admin/moderation?done=approved", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/moderation/{id}/reject}. */
    void reject(Context ctx) {
        moderation.reject(Visitors.require(ctx), Params.pathId(ctx, "id"));
        ctx.redirect("/admin/moderation?done=rejected", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/moderation/{id}/hide}. */
    void hide(Context ctx) {
        moderation.hide(Visitors.require(ctx), Params.pathId(ctx, "id"));
        ctx.redirect("/admin/moderation?done=hidden", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/moderation/terms}: replaces the banned-terms list, or shows why it cannot. */
    void terms(Context ctx) {
        Account actor = Visitors.require(ctx);
        String text = ctx.formParam("terms") == null ? "" : ctx.formParam("terms");
        try {
            moderation.replaceBannedTerms(actor, text);
            ctx.redirect("/admin/moderation?done=terms", HttpStatus.SEE_OTHER);
        } catch (CommentException e) {
            ctx.status(e.problem().status());
            showQueue(ctx, actor, text, e.getMessage(), null);
        }
    }

    /** {@code GET /admin/users}. */
    void users(Context ctx) {
        Account actor = Visitors.require(ctx);
        List<UsersPage.Row> rows = moderation.accounts(actor).stream()
                .map(a -> new UsersPage.Row(a.id(), a.username(), a.role().key(), time.date(a.created()), ban(a)))
                .toList();
        render(
                ctx,
                "admin/users.jte",
                new UsersPage(
                        layout(ctx, "Accounts", Layout.Nav.NONE),
                        rows,
                        actor.role() == Role.ADMIN,
                        notice(ctx.queryParam("done"))));
    }

    /** {@code POST /admin/users/{id}/ban}: {@code days} is 1 to 3650, or "forever". */
    void ban(Context ctx) {
        String days = ctx.formParam("days") == null ? "" : ctx.formParam("days").strip();
        Duration length;
        if (days.equals("forever")) {
            length = null;
        } else {
            Long n = Params.positiveLong(days);
            if (n == null || n > 3650) {
                throw new BadRequestResponse("'days' must be a number of days from 1 to 3650, or 'forever'.");
            }
            length = Duration.ofDays(n);
        }
        String reason = ctx.formParam("reason") == null ? "" : ctx.formParam("reason");
        moderation.ban(Visitors.require(ctx), Params.pathId(ctx, "id"), length, clip(reason));
        ctx.redirect("/admin/users?done=banned", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/users/{id}/unban}. */
    void unban(Context ctx) {
        moderation.unban(Visitors.require(ctx), Params.pathId(ctx, "id"));
        ctx.redirect("/admin/users?done=unbanned", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/users/{id}/role}: admins only. */
    void role(Context ctx) {
        String value = ctx.formParam("role") == null ? "" : ctx.formParam("role");
        Role role =
                Role.of(value).orElseThrow(() -> new BadRequestResponse("'role' must be reader, moderator or admin."));
        moderation.setRole(Visitors.require(ctx), Params.pathId(ctx, "id"), role);
        ctx.redirect("/admin/users?done=role", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /admin/audit}: admins only. */
    void audit(Context ctx) {
        List<AuditEntry> entries = moderation.auditLog(Visitors.require(ctx), 500);
        List<AuditPage.Row> rows = entries.stream()
                .map(e -> new AuditPage.Row(
                        time.dateTime(e.at()),
                        e.actorName(),
                        e.action(),
                        e.targetId() == null ? e.targetType() : e.targetType() + " " + e.targetId(),
                        e.detail()))
                .toList();
        render(ctx, "admin/audit.jte", new AuditPage(layout(ctx, "Audit log", Layout.Nav.NONE), rows));
    }

    private void showQueue(
            Context ctx, Account actor, @Nullable String termsText, @Nullable String problem, @Nullable String notice) {
        List<ModerationPage.Row> rows =
                moderation.queue(actor).stream().map(this::row).toList();
        String text = termsText != null ? termsText : moderation.bannedTermsText(actor);
        render(
                ctx,
                "admin/moderation.jte",
                new ModerationPage(layout(ctx, "Moderation", Layout.Nav.MODERATION), rows, text, problem, notice));
    }

    private ModerationPage.Row row(QueuedComment q) {
        var c = q.comment();
        return new ModerationPage.Row(
                c.id(),
                c.accountId(),
                c.author(),
                Views.articleHref(c.articleId()) + "#comment-" + c.id(),
                q.articleTitle(),
                CommentText.html(c.body()),
                c.status().key(),
                c.heldReason(),
                time.relative(c.created()),
                q.reports().stream().map(r -> r.reporter() + ": " + r.reason()).toList());
    }

    private String ban(Account a) {
        Instant until = a.bannedUntil();
        if (until == null || !a.bannedAt(Instant.now())) {
            return "";
        }
        String when = until.equals(Instant.MAX) ? "for good" : "until " + time.dateTime(until);
        return when + (a.banReason() == null ? "" : ": " + a.banReason());
    }

    private Layout layout(Context ctx, String title, Layout.Nav nav) {
        return site.layout(title, nav).withViewer(Visitors.of(ctx));
    }

    private void render(Context ctx, String template, Object page) {
        ctx.header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(templates.render(template, page));
    }

    private static String clip(String reason) {
        String r = reason.strip();
        return r.length() > 200 ? r.substring(0, 200) : r;
    }

    private static @Nullable String notice(@Nullable String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "approved" -> "The comment is shown.";
            case "rejected" -> "The comment was rejected.";
            case "hidden" -> "The comment was hidden.";
            case "terms" -> "The list was saved.";
            case "banned" -> "The account was banned.";
            case "unbanned" -> "The ban was lifted.";
            case "role" -> "The role was changed.";
            default -> null;
        };
    }
}
