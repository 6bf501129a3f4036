package org.broadsheet.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.broadsheet.store.Account;
import org.broadsheet.store.AccountStore;
import org.broadsheet.store.AuditEntry;
import org.broadsheet.store.BannedTerm;
import org.broadsheet.store.Comment;
import org.broadsheet.store.CommentStatus;
import org.broadsheet.store.CommentStore;
import org.broadsheet.store.ModerationStore;
import org.broadsheet.store.QueuedComment;
import org.broadsheet.store.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What moderators and admins do: work the queue (approve, reject, hide), ban and unban accounts, keep the banned-terms
 * list, and, for admins only, change roles and read the audit log. Every action is written to the audit log. Each
 * method checks the actor's role itself, so that no page can forget to.
 */
public final class Moderation {
    private static final Logger log = LoggerFactory.getLogger(Moderation.class);

    private final CommentStore comments;
    private final AccountStore accounts;
    private final ModerationStore store;
    private final Clock clock;
    private volatile BannedTerms terms;

    public Moderation(CommentStore comments, AccountStore accounts, ModerationStore store, Clock clock) {
        this.comments = comments;
        this.accounts = accounts;
        this.store = store;
        this.clock = clock;
        this.terms = BannedTerms.of(store.bannedTerms());
    }

    /** The first banned term {@code text} contains, if any. */
    Optional<BannedTerm> bannedTermIn(String text) {
        return terms.firstIn(text);
    }

    /** Held comments and reported ones, oldest first. */
    public List<QueuedComment> queue(Account actor) {
        requireModerator(actor);
        return comments.queue(200);
    }

    /** Shows a held comment, or keeps a reported one and closes its reports. */
    public void approve(Account actor, long commentId) {
        Comment c = comment(actor, commentId);
        if (c.status() == CommentStatus.HELD) {
            comments.setStatus(c.id(), CommentStatus.VISIBLE);
        }
        comments.resolveReports(c.id());
        audit(actor, "comment.approve", "comment", c.id(), "by " + c.author());
    }

    /** Turns a held comment away for good. */
    public void reject(Account actor, long commentId) {
        Comment c = comment(actor, commentId);
        comments.setStatus(c.id(), CommentStatus.REJECTED);
        comments.resolveReports(c.id());
        audit(actor, "comment.reject", "comment", c.id(), "by " + c.author());
    }

    /** Hides a shown comment; its thread keeps a tombstone. */
    public void hide(Account actor, long commentId) {
        Comment c = comment(actor, commentId);
        comments.setStatus(c.id(), CommentStatus.HIDDEN);
        comments.resolveReports(c.id());
        audit(actor, "comment.hide", "comment", c.id(), "by " + c.author());
    }

    /**
     * Bans an account from commenting, liking and reporting for {@code length}, or for good when it is null. Only an
     * admin may ban a moderator or an admin, and nobody may ban themselves.
     */
    public void ban(Account actor, long accountId, @Nullable Duration length, String reason) {
        requireModerator(actor);
        Account target = account(accountId);
        if (target.id() == actor.id() || (target.role().canModerate() && actor.role() != Role.ADMIN)) {
            throw new CommentException(CommentProblem.NOT_ALLOWED, "You cannot ban this account.");
        }
        String why = reason.strip().isEmpty() ? "no reason given" : reason.strip();
        Instant until = length == null ? Instant.MAX : clock.instant().plus(length);
        accounts.setBan(target.id(), until, why);
        audit(
                actor,
                "account.ban",
                "account",
                target.id(),
                target.username() + (length == null ? " for good" : " for " + length.toDays() + " days") + ": " + why);
    }

    /** Lifts an account's ban. */
    public void unban(Account actor, long accountId) {
        requireModerator(actor);
        Account target = account(accountId);
        accounts.setBan(target.id(), null, null);
        audit(actor, "account.unban", "account", target.id(), target.username());
    }

    /** Gives an account another role; admins only, and not to themselves. */
    public void setRole(Account actor, long accountId, Role role) {
        requireAdmin(actor);
        Account target = account(accountId);
        if (target.id() == actor.id()) {
            throw new CommentException(CommentProblem.NOT_ALLOWED, "You cannot change your own role.");
        }
        accounts.setRole(target.id(), role);
        audit(actor, "account.role", "account", target.id(), target.username() + " is now " + role.key());
    }

    /** Every account, for the admins' users page. */
    public List<Account> accounts(Account actor) {
        requireModerator(actor);
        return accounts.all();
    }

    /** The banned-terms list as its text box shows it. */
    public String bannedTermsText(Account actor) {
        requireModerator(actor);
        return BannedTerms.format(store.bannedTerms());
    }

    /** Replaces the banned-terms list from the text box: one entry a line, {@code /regex/} for a pattern. */
    public void replaceBannedTerms(Account actor, String text) {
        requireModerator(actor);
        List<BannedTerm> parsed = BannedTerms.parse(text);
        store.replaceBannedTerms(parsed);
        terms = BannedTerms.of(store.bannedTerms());
        audit(actor, "terms.replace", "terms", null, parsed.size() + " entries");
    }

    /** The latest audit entries, newest first; admins only. */
    public List<AuditEntry> auditLog(Account actor, int limit) {
        requireAdmin(actor);
        return store.auditLog(limit);
    }

    /** Writes an action taken outside the web pages (the command line) to the audit log. */
    public void auditCommandLine(String action, String targetType, @Nullable Long targetId, String detail) {
        store.audit(clock.instant(), null, "command line", action, targetType, targetId, detail);
    }

    private void audit(Account actor, String action, String type, @Nullable Long target, String detail) {
        store.audit(clock.instant(), actor.id(), actor.username(), action, type, target, detail);
        log.info("Moderation: actor_id={} action={} target={}:{}", actor.id(), action, type, target);
    }

    private Comment comment(Account actor, long commentId) {
        requireModerator(actor);
        return comments.find(commentId)
                .orElseThrow(() -> new CommentException(CommentProblem.NOT_FOUND, "There is no such comment."));
    }

    private Account account(long accountId) {
        return accounts.find(accountId)
                .orElseThrow(() -> new CommentException(CommentProblem.NOT_FOUND, "There is no such account."));
    }

    private static void requireModerator(Account actor) {
        if (!actor.role().canModerate()) {
            throw new CommentException(CommentProblem.NOT_ALLOWED, "Moderators only.");
        }
    }

    private static void requireAdmin(Account actor) {
        if (actor.role() != Role.ADMIN) {
            throw new CommentException(CommentProblem.NOT_ALLOWED, "Admins only.");
        }
    }
}
