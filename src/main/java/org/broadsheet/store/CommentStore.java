package org.broadsheet.store;

import static org.broadsheet.store.CommentStatus.DELETED;
import static org.broadsheet.store.CommentStatus.HELD;
import static org.broadsheet.store.CommentStatus.HIDDEN;
import static org.broadsheet.store.CommentStatus.VISIBLE;
import static org.broadsheet.store.CommentStatus.literals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/**
 * Comments with their likes and reports. Writes count as content changes ({@link Database#version()}), because
 * comment counts appear on cached pages. Moderation state and the audit log live in {@link ModerationStore}.
 */
public final class CommentStore {
    private static final String COLUMNS = "c.id, c.article_id, c.account_id, a.username, c.parent_id, c.root_id,"
            + " c.depth, c.body, c.status, c.held_reason, c.created, c.edited, c.likes, c.open_reports";
    private static final String FROM = " FROM comment c JOIN account a ON a.id = c.account_id";
    /** What a reader sees in a thread: shown comments, tombstones, and their own held comments. */
    private static final String SHOWN = " (c.status IN " + literals(VISIBLE, DELETED, HIDDEN) + " OR (c.status = "
            + HELD.literal() + " AND c.account_id = :viewer))";

    private final Jdbi jdbi;
    private final Writes writes;

    CommentStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /** Stores a comment; a reply takes its thread and depth from its parent. */
    public Comment add(NewComment c) {
        long id = writes.change(h -> {
            long root = 0;
            int depth = 0;
            if (c.parentId() != null) {
                Comment parent = find(h, c.parentId())
                        .orElseThrow(() ->
                                new IllegalArgumentException("parent comment " + c.parentId() + " does not exist"));
                root = parent.rootId();
                depth = parent.depth() + 1;
            }
            long newId = h.createUpdate("INSERT INTO comment (article_id, account_id, parent_id, root_id, depth, body,"
                            + " body_hash, status, held_reason, address, created) VALUES (:article, :account, :parent,"
                            + " :root, :depth, :body, :hash, :status, :reason, :address, :created)")
                    .bind("article", c.articleId())
                    .bind("account", c.accountId())
                    .bind("parent", c.parentId())
                    .bind("root", c.parentId() == null ? null : root)
                    .bind("depth", depth)
                    .bind("body", c.body())
                    .bind("hash", c.bodyHash())
                    .bind("status", c.status().key())
                    .bind("reason", c.heldReason())
                    .bind("address", c.address())
                    .bind("created", c.created().toEpochMilli())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            if (c.parentId() == null) {
                h.createUpdate("UPDATE comment SET root_id = id WHERE id = :id")
                        .bind("id", newId)
                        .execute();
            }
            return newId;
        });
        return find(id).orElseThrow();
    }

    /** The comment with this id, whatever its status. */
    public Optional<Comment> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    private static Optional<Comment> find(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + FROM + " WHERE c.id = :id")
                .bind("id", id)
                .map(CommentStore::map)
                .findOne();
    }

    /** How many comments are shown on an article (not counting held, hidden, rejected or deleted ones). */
    public int countVisible(long articleId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM comment WHERE article_id = :id AND status = " + VISIBLE.literal())
                .bind("id", articleId)
                .mapTo(Integer.class)
                .one());
    }

    /** How many of an account's comments on an article wait for a moderator. */
    public int countHeld(long articleId, long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comment WHERE article_id = :article"
                        + " AND account_id = :account AND status = :status")
                .bind("article", articleId)
                .bind("account", accountId)
                .bind("status", CommentStatus.HELD.key())
                .mapTo(Integer.class)
                .one());
    }

    /** {@link #countVisible} for several articles at once; articles without comments are absent. */
    public Map<Long, Integer> countsVisible(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT article_id, COUNT(*) AS n FROM comment WHERE status = "
                        + VISIBLE.literal() + " AND article_id IN (<ids>) GROUP BY article_id")
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** How many top comments of an article {@code viewerId} sees (0 for a signed-out reader). */
    public int countThreads(long articleId, long viewerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comment c WHERE c.article_id = :article"
                        + " AND c.parent_id IS NULL AND" + SHOWN)
                .bind("article", articleId)
                .bind("viewer", viewerId)
                .mapTo(Integer.class)
                .one());
    }

    /**
     * One page of an article's threads as {@code viewerId} sees them: the top comments in {@code sort} order, then
     * every reply of those threads, oldest first.
     */
    public List<Comment> threads(long articleId, long viewerId, CommentSort sort, int limit, int offset) {
        return jdbi.withHandle(h -> {
            List<Comment> roots = h.createQuery("SELECT " + COLUMNS + FROM + " WHERE c.article_id = :article"
                            + " AND c.parent_id IS NULL AND" + SHOWN + " ORDER BY " + sort.orderBy
                            + " LIMIT :limit OFFSET :offset")
                    .bind("article", articleId)
                    .bind("viewer", viewerId)
                    .bind("limit", limit)
                    .bind("offset", offset)
                    .map(CommentStore::map)
                    .list();
            if (roots.isEmpty()) {
                return roots;
            }
            List<Comment> all = new ArrayList<>(roots);
            all.addAll(h.createQuery("SELECT " + COLUMNS + FROM + " WHERE c.root_id IN (<roots>)"
                            + " AND c.parent_id IS NOT NULL AND" + SHOWN + " ORDER BY c.created, c.id")
                    .bindList("roots", roots.stream().map(Comment::id).toList())
                    .bind("viewer", viewerId)
                    .map(CommentStore::map)
                    .list());
            return all;
        });
    }

    /** How many comments an account posted since {@code since}, whatever became of them. */
    public int countByAccountSince(long accountId, Instant since) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM comment WHERE account_id = :id AND created >= :since")
                        .bind("id", accountId)
                        .bind("since", since.toEpochMilli())
                        .mapTo(Integer.class)
                        .one());
    }

    /** How many comments came from a network address since {@code since}. */
    public int countByAddressSince(String address, Instant since) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM comment WHERE address = :address AND created >= :since")
                        .bind("address", address)
                        .bind("since", since.toEpochMilli())
                        .mapTo(Integer.class)
                        .one());
    }

    /** How many of an account's comments a moderator let through or that needed no review. */
    public int countApproved(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comment WHERE account_id = :id AND status IN "
                        + literals(VISIBLE, DELETED))
                .bind("id", accountId)
                .mapTo(Integer.class)
                .one());
    }

    /** True when the account posted a comment with this body hash since {@code since}. */
    public boolean postedSince(long accountId, String bodyHash, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM comment WHERE account_id = :id"
                                + " AND body_hash = :hash AND created >= :since AND status <> " + DELETED.literal())
                        .bind("id", accountId)
                        .bind("hash", bodyHash)
                        .bind("since", since.toEpochMilli())
                        .mapTo(Integer.class)
                        .one())
                > 0;
    }

    /** Replaces a comment's text, marking it edited at {@code at}, with the status moderation gave the new text. */
    public void edit(
            long id, String body, String bodyHash, CommentStatus status, @Nullable String heldReason, Instant at) {
        writes.change(h -> h.createUpdate("UPDATE comment SET body = :body, body_hash = :hash, status = :status,"
                        + " held_reason = :reason, edited = :at WHERE id = :id")
                .bind("body", body)
                .bind("hash", bodyHash)
                .bind("status", status.key())
                .bind("reason", heldReason)
                .bind("at", at.toEpochMilli())
                .bind("id", id)
                .execute());
    }

    /** Sets a comment's status; a deleted comment also loses its text, leaving a tombstone. */
    public void setStatus(long id, CommentStatus status) {
        writes.change(h -> h.createUpdate("UPDATE comment SET status = :status, held_reason = NULL"
                        + (status == CommentStatus.DELETED ? ", body = '', body_hash = ''" : "")
                        + " WHERE id = :id")
                .bind("status", status.key())
                .bind("id", id)
                .execute());
    }

    /** Likes a comment for an account, or takes the like back when it was there; returns whether it is liked now. */
    public boolean toggleLike(long commentId, long accountId, Instant now) {
        return writes.change(h -> {
            int removed = h.createUpdate("DELETE FROM comment_like WHERE comment_id = :c AND account_id = :a")
                    .bind("c", commentId)
                    .bind("a", accountId)
                    .execute();
            if (removed == 0) {
                h.createUpdate("INSERT INTO comment_like (comment_id, account_id, created) VALUES (:c, :a, :now)")
                        .bind("c", commentId)
                        .bind("a", accountId)
                        .bind("now", now.toEpochMilli())
                        .execute();
            }
            h.createUpdate("UPDATE comment SET likes = (SELECT COUNT(*) FROM comment_like WHERE comment_id = :c)"
                            + " WHERE id = :c")
                    .bind("c", commentId)
                    .execute();
            return removed == 0;
        });
    }

    /** Which of {@code commentIds} the account likes. */
    public Set<Long> likedBy(long accountId, Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery(
                        "SELECT comment_id FROM comment_like" + " WHERE account_id = :a AND comment_id IN (<ids>)")
                .bind("a", accountId)
                .bindList("ids", List.copyOf(commentIds))
                .mapTo(Long.class)
                .list()));
    }

    /** Files a report; false when this account already reported this comment. */
    public boolean report(long commentId, long accountId, String reason, Instant now) {
        return writes.change(h -> {
            int existing = h.createQuery(
                            "SELECT COUNT(*) FROM comment_report WHERE comment_id = :c AND account_id = :a")
                    .bind("c", commentId)
                    .bind("a", accountId)
                    .mapTo(Integer.class)
                    .one();
            if (existing > 0) {
                return false;
            }
            h.createUpdate("INSERT INTO comment_report (comment_id, account_id, reason, created)"
                            + " VALUES (:c, :a, :reason, :now)")
                    .bind("c", commentId)
                    .bind("a", accountId)
                    .bind("reason", reason)
                    .bind("now", now.toEpochMilli())
                    .execute();
            h.createUpdate("UPDATE comment SET open_reports = open_reports + 1 WHERE id = :c")
                    .bind("c", commentId)
                    .execute();
            return true;
        });
    }

    /** Marks a comment's open reports as dealt with. */
    public void resolveReports(long commentId) {
        writes.change(h -> {
            h.createUpdate("UPDATE comment_report SET resolved = 1 WHERE comment_id = :c")
                    .bind("c", commentId)
                    .execute();
            return h.createUpdate("UPDATE comment SET open_reports = 0 WHERE id = :c")
                    .bind("c", commentId)
                    .execute();
        });
    }

    /**
     * Held comments and shown comments with open reports, oldest first, with their open reports. One query: the
     * queued comments (limited first), joined to their article's title and to each open report, one row per report.
     */
    public List<QueuedComment> queue(int limit) {
        String queued = "SELECT * FROM comment WHERE status = " + HELD.literal() + " OR (status = " + VISIBLE.literal()
                + " AND open_reports > 0) ORDER BY created, id LIMIT :limit";
        List<QueueRow> rows = jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + ", t.title AS article_title, r.id AS report_id, ra.username AS reporter,"
                        + " r.reason AS report_reason, r.created AS report_created"
                        + " FROM (" + queued + ") c JOIN account a ON a.id = c.account_id"
                        + " LEFT JOIN article t ON t.id = c.article_id"
                        + " LEFT JOIN comment_report r ON r.comment_id = c.id AND r.resolved = 0"
                        + " LEFT JOIN account ra ON ra.id = r.account_id"
                        + " ORDER BY c.created, c.id, r.id")
                .bind("limit", limit)
                .map(CommentStore::queueRow)
                .list());
        Map<Long, QueuedComment> byId = new LinkedHashMap<>();
        for (QueueRow row : rows) {
            QueuedComment q = byId.computeIfAbsent(
                    row.comment().id(), id -> new QueuedComment(row.comment(), row.title(), new ArrayList<>()));
            if (row.report() != null) {
                q.reports().add(row.report());
            }
        }
        return byId.values().stream()
                .map(q -> new QueuedComment(q.comment(), q.articleTitle(), List.copyOf(q.reports())))
                .toList();
    }

    /** One row of {@link #queue}: a queued comment with its article's title and one of its open reports, if any. */
    private record QueueRow(
            Comment comment, String title, @Nullable Report report) {}

    private static QueueRow queueRow(ResultSet rs, StatementContext ctx) throws SQLException {
        Comment comment = map(rs, ctx);
        String title = Objects.requireNonNullElse(rs.getString("article_title"), "");
        long reportId = rs.getLong("report_id");
        // A report whose author is gone is not shown, as when reports were read with an inner join on the account.
        boolean reported = !rs.wasNull() && rs.getString("reporter") != null;
        Report report = reported
                ? new Report(
                        reportId,
                        comment.id(),
                        rs.getString("reporter"),
                        rs.getString("report_reason"),
                        Instant.ofEpochMilli(rs.getLong("report_created")))
                : null;
        return new QueueRow(comment, title, report);
    }

    /** How many comments are stored, in any status. */
    public long count() {
        return jdbi.withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM comment").mapTo(Long.class).one());
    }

    private static Comment map(ResultSet rs, StatementContext ctx) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Comment(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getLong("account_id"),
                rs.getString("username"),
                parentId,
                rs.getLong("root_id"),
                rs.getInt("depth"),
                rs.getString("body"),
                CommentStatus.of(rs.getString("status")),
                rs.getString("held_reason"),
                Instant.ofEpochMilli(rs.getLong("created")),
                Rows.instant(rs, "edited"),
                rs.getInt("likes"),
                rs.getInt("open_reports"));
    }
}
