package org.broadsheet.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.store.Account;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.BannedTerm;
import org.broadsheet.store.Comment;
import org.broadsheet.store.CommentSort;
import org.broadsheet.store.CommentStatus;
import org.broadsheet.store.CommentStore;
import org.broadsheet.store.NewComment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What readers do with comments: read a thread, post, reply, edit, delete, like and report. Every new or edited text
 * passes the same checks; refusals are {@link CommentException}s with a stable {@link CommentProblem}.
 */
public final class Comments {
    private static final Logger log = LoggerFactory.getLogger(Comments.class);

    private final CommentStore store;
    private final ArticleStore articles;
    private final Moderation moderation;
    private final CommentSettings settings;
    private final Clock clock;

    public Comments(
            CommentStore store, ArticleStore articles, Moderation moderation, CommentSettings settings, Clock clock) {
        this.store = store;
        this.articles = articles;
        this.moderation = moderation;
        this.settings = settings;
        this.clock = clock;
    }

    /** The settings in force. */
    public CommentSettings settings() {
        return settings;
    }

    /**
     * Posts a comment, or a reply when {@code parentId} is given. It is shown at once, or held for a moderator when the
     * account is new or the text contains a banned term.
     */
    public Comment post(Account author, long articleId, @Nullable Long parentId, String body, String address) {
        Instant now = clock.instant();
        requireNotBanned(author, now);
        Article article = articles.find(articleId)
                .orElseThrow(() -> new CommentException(CommentProblem.NOT_FOUND, "There is no such article."));
        if (!open(article, now)) {
            throw new CommentException(CommentProblem.CLOSED, "Comments on this article are closed.");
        }
        if (parentId != null) {
            Comment parent = store.find(parentId)
                    .filter(p -> p.articleId() == articleId && p.status() == CommentStatus.VISIBLE)
                    .orElseThrow(() -> new CommentException(
                            CommentProblem.NOT_FOUND, "The comment you replied to is no longer there."));
            if (parent.depth() + 1 >= CommentSettings.MAX_DEPTH) {
                throw new CommentException(CommentProblem.TOO_DEEP, "Replies nest at most three levels deep.");
            }
        }
        String text = checkText(body);
        if (store.countByAccountSince(author.id(), now.minus(settings.ratePeriod())) >= settings.perAccount()
                || store.countByAddressSince(address, now.minus(settings.ratePeriod())) >= settings.perAddress()) {
            throw new CommentException(
                    CommentProblem.RATE_LIMITED, "You are commenting too fast. Please wait a minute and try again.");
        }
        String hash = hash(text);
        if (store.postedSince(author.id(), hash, now.minus(settings.duplicateWindow()))) {
            throw new CommentException(CommentProblem.DUPLICATE, "You already posted this comment.");
        }
        String held = heldReason(author, text);
        Comment comment = store.add(new NewComment(
                articleId,
                author.id(),
                parentId,
                text,
                hash,
                held == null ? CommentStatus.VISIBLE : CommentStatus.HELD,
                held,
                address,
                now));
        log.info(
                "Comment posted: comment_id={} article_id={} account_id={} status={}",
                comment.id(),
                articleId,
                author.id(),
                comment.status().key());
        return comment;
    }

    /** Replaces the text of the author's own comment within the edit window; it is then shown as edited. */
    public Comment edit(Account author, long commentId, String body) {
        Instant now = clock.instant();
        requireNotBanned(author, now);
        Comment comment = own(author, commentId);
        if (comment.status() != CommentStatus.VISIBLE && comment.status() != CommentStatus.HELD) {
            throw new CommentException(CommentProblem.NOT_ALLOWED, "This comment can no longer be edited.");
        }
        if (now.isAfter(comment.created().plus(settings.editWindow()))) {
            throw new CommentException(
                    CommentProblem.EDIT_WINDOW_PASSED,
                    "Comments can be edited for " + settings.editWindow().toMinutes() + " minutes after posting.");
        }
        String text = checkText(body);
        Optional<BannedTerm> banned = moderation.bannedTermIn(text);
        CommentStatus status = comment.status() == CommentStatus.HELD || banned.isPresent()
                ? CommentStatus.HELD
                : CommentStatus.VISIBLE;
        String reason = banned.isPresent() ? "contains a banned term" : comment.heldReason();
        store.edit(commentId, text, hash(text), status, status == CommentStatus.HELD ? reason : null, now);
        return store.find(commentId).orElseThrow();
    }

    /** Deletes the author's own comment, leaving a tombstone so that replies keep their place. */
    public void delete(Account author, long commentId) {
        Comment comment = own(author, commentId);
        if (comment.status() != CommentStatus.DELETED) {
            store.setStatus(comment.id(), CommentStatus.DELETED);
        }
    }

    /** Likes a shown comment, or takes the like back; returns whether the account likes it now. */
    public boolean toggleLike(Account account, long commentId) {
        requireNotBanned(account, clock.instant());
        Comment comment = shown(commentId);
        return store.toggleLike(comment.id(), account.id(), clock.instant());
    }

    /** Reports a shown comment to the moderators with a reason of 3 to 500 characters. */
    public void report(Account account, long commentId, String reason) {
        requireNotBanned(account, clock.instant());
        Comment comment = shown(commentId);
        String why = reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw new CommentException(CommentProblem.REASON_INVALID, "Give a reason of 3 to 500 characters.");
        }
        if (!store.report(comment.id(), account.id(), why, clock.instant())) {
            throw new CommentException(CommentProblem.ALREADY_REPORTED, "You already reported this comment.");
        }
        log.info("Comment reported: comment_id={} account_id={}", commentId, account.id());
    }

    /**
     * The comment with this id, if there is one and {@code viewer} (null when signed out) may see it: see {@link
     * #visibleTo}. Every route that names a comment goes through here, so that a comment the viewer may not see is
     * "not found" whatever is asked of it.
     */
    public Optional<Comment> find(long commentId, @Nullable Account viewer) {
        return store.find(commentId).filter(c -> visibleTo(c, viewer));
    }

    /**
     * True when {@code viewer} may see the comment: a shown comment or the tombstone of a deleted one is anyone's; a
     * held, hidden or rejected one only its author's and the moderators'.
     */
    public static boolean visibleTo(Comment comment, @Nullable Account viewer) {
        return switch (comment.status()) {
            case VISIBLE, DELETED -> true;
            case HELD, HIDDEN, REJECTED ->
                viewer != null
                        && (viewer.id() == comment.accountId() || viewer.role().canModerate());
        };
    }

    /** True when the comment may still be edited by its author at this moment. */
    public boolean editable(Comment comment) {
        return (comment.status() == CommentStatus.VISIBLE || comment.status() == CommentStatus.HELD)
                && !clock.instant().isAfter(comment.created().plus(settings.editWindow()));
    }

    /** How many comments each article shows, for article cards; articles without any are absent. */
    public Map<Long, Integer> counts(List<Long> articleIds) {
        return store.countsVisible(articleIds);
    }

    /** One page (from 1) of an article's threads as {@code viewer} sees them (null for a signed-out reader). */
    public ThreadPage thread(Article article, @Nullable Account viewer, CommentSort sort, int page) {
        long viewerId = viewer == null ? 0 : viewer.id();
        int threads = store.countThreads(article.id(), viewerId);
        int pages = Math.max(1, (threads + settings.pageSize() - 1) / settings.pageSize());
        int current = Math.min(Math.max(1, page), pages);
        List<Comment> flat =
                store.threads(article.id(), viewerId, sort, settings.pageSize(), (current - 1) * settings.pageSize());
        return new ThreadPage(
                tree(flat),
                store.countVisible(article.id()),
                viewer == null ? 0 : store.countHeld(article.id(), viewerId),
                sort,
                current,
                pages,
                viewer == null
                        ? java.util.Set.of()
                        : store.likedBy(viewerId, flat.stream().map(Comment::id).toList()),
                open(article, clock.instant()));
    }

    /** True while the article takes comments. */
    public boolean open(Article article, Instant now) {
        return now.isBefore(article.sortTime().plus(settings.openFor()));
    }

    private static List<CommentNode> tree(List<Comment> flat) {
        Map<Long, List<CommentNode>> children = new HashMap<>();
        List<CommentNode> roots = new ArrayList<>();
        for (Comment c : flat) {
            children.put(c.id(), new ArrayList<>());
        }
        for (Comment c : flat) {
            CommentNode node = new CommentNode(c, children.get(c.id()));
            if (c.parentId() == null) {
                roots.add(node);
            } else if (children.containsKey(c.parentId())) {
                children.get(c.parentId()).add(node);
            }
        }
        return roots;
    }

    private String checkText(String body) {
        String text = CommentText.normalise(body);
        if (text.isEmpty()) {
            throw new CommentException(CommentProblem.EMPTY, "Write something first.");
        }
        if (text.length() > settings.maxLength()) {
            throw new CommentException(
                    CommentProblem.TOO_LONG, "Keep comments under " + settings.maxLength() + " characters.");
        }
        if (CommentText.linkCount(text) > settings.maxLinks()) {
            throw new CommentException(
                    CommentProblem.TOO_MANY_LINKS, "A comment may hold at most " + settings.maxLinks() + " links.");
        }
        return text;
    }

    private @Nullable String heldReason(Account author, String text) {
        if (moderation.bannedTermIn(text).isPresent()) {
            return "contains a banned term";
        }
        if (!author.role().canModerate() && store.countApproved(author.id()) < settings.heldFirst()) {
            return "new account";
        }
        return null;
    }

    private Comment own(Account author, long commentId) {
        Comment comment = find(commentId, author)
                .orElseThrow(() -> new CommentException(CommentProblem.NOT_FOUND, "There is no such comment."));
        if (comment.accountId() != author.id()) {
            throw new CommentException(CommentProblem.NOT_YOURS, "You can only change your own comments.");
        }
        return comment;
    }

    private Comment shown(long commentId) {
        return store.find(commentId)
                .filter(c -> c.status() == CommentStatus.VISIBLE)
                .orElseThrow(() -> new CommentException(CommentProblem.NOT_FOUND, "There is no such comment."));
    }

    private static void requireNotBanned(Account account, Instant now) {
        if (account.bannedAt(now)) {
            throw new CommentException(
                    CommentProblem.BANNED,
                    account.bannedUntil() == Instant.MAX
                            ? "Your account is banned from commenting."
                            : "Your account is banned from commenting until " + account.bannedUntil() + ".");
        }
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.toLowerCase(Locale.ROOT)
                            .replaceAll("\\s+", " ")
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
