package org.broadsheet.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * Each account's own view of the articles: read and starred (saved) state per article, and the sources it follows.
 * An account follows every source until it unfollows one, so that a reader app shows the whole site at once.
 */
public final class ReadingStore {
    /** Followed: the source has no row saying the account unfollowed it. */
    private static final String FOLLOWED = "a.source_id NOT IN (SELECT f.source_id FROM source_follow f"
            + " WHERE f.account_id = :account AND f.following = 0)";

    private final Jdbi jdbi;
    private final Writes writes;

    ReadingStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /** An article's state for one account. */
    public record State(boolean read, boolean starred) {
        public static final State NEW = new State(false, false);
    }

    /** A place in a list of articles: the id and the time it is sorted by. */
    public record Item(long id, long sourceId, Instant sortTime) {
        /** The cursor that continues after this item. */
        public ArticleCursor cursor() {
            return new ArticleCursor(sortTime, id);
        }
    }

    /** Unread articles of one source and the sort time of its newest article. */
    public record Unread(long sourceId, long count, Instant newest) {}

    /** Marks articles read or unread for an account; ids of articles that do not exist are ignored. */
    public void setRead(long accountId, Collection<Long> articleIds, boolean read, Instant now) {
        set(accountId, articleIds, "is_read", read, now);
    }

    /** Stars (saves) or unstars articles for an account; ids of articles that do not exist are ignored. */
    public void setStarred(long accountId, Collection<Long> articleIds, boolean starred, Instant now) {
        set(accountId, articleIds, "starred", starred, now);
    }

    private void set(long accountId, Collection<Long> articleIds, String column, boolean value, Instant now) {
        if (articleIds.isEmpty()) {
            return;
        }
        writes.transaction(h -> upsert(
                        h,
                        column,
                        "a.id IN (<ids>)",
                        q -> q.bindList("ids", List.copyOf(articleIds)),
                        accountId,
                        value,
                        now)
                .execute());
    }

    /**
     * Marks read every article sorted at or before {@code notAfter} of {@code sources}, or of every followed source
     * when {@code allFollowed}; returns how many rows changed.
     */
    public int markAllRead(
            long accountId, Collection<Long> sources, boolean allFollowed, Instant notAfter, Instant now) {
        if (!allFollowed && sources.isEmpty()) {
            return 0;
        }
        String where = "a.sort_time <= :notAfter AND " + (allFollowed ? FOLLOWED : "a.source_id IN (<sources>)");
        return writes.transaction(h -> upsert(
                        h,
                        "is_read",
                        where,
                        q -> {
                            q.bind("notAfter", notAfter.toEpochMilli());
                            if (!allFollowed) {
                                q.bindList("sources", List.copyOf(sources));
                            }
                        },
                        accountId,
                        true,
                        now)
                .execute());
    }

    private static Update upsert(
            Handle h,
            String column,
            String where,
            Consumer<SqlStatement<?>> bind,
            long accountId,
            boolean value,
            Instant now) {
        // The WHERE keeps SQLite from reading ON CONFLICT as a join's ON; both databases know "excluded".
        var update = h.createUpdate("INSERT INTO article_state (account_id, article_id, " + column + ", changed)"
                        + " SELECT :account, a.id, :value, :now FROM article a WHERE " + where
                        + " ON CONFLICT (account_id, article_id) DO UPDATE SET " + column + " = excluded." + column
                        + ", changed = excluded.changed")
                .bind("account", accountId)
                .bind("value", value ? 1 : 0)
                .bind("now", now.toEpochMilli());
        bind.accept(update);
        return update;
    }

    /** The state of each of {@code articleIds} for an account; articles without state are left out. */
    public Map<Long, State> states(long accountId, Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Map<Long, State> states = new HashMap<>();
            h.createQuery("SELECT article_id, is_read, starred FROM article_state WHERE account_id = :account"
                            + " AND article_id IN (<ids>)")
                    .bind("account", accountId)
                    .bindList("ids", List.copyOf(articleIds))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), new State(rs.getInt(2) != 0, rs.getInt(3) != 0)))
                    .forEach(e -> states.put(e.getKey(), e.getValue()));
            return states;
        });
    }

    /** The articles a query asks for, in its order. */
    public List<Item> items(ItemQuery query) {
        StringBuilder sql = new StringBuilder("SELECT a.id, a.source_id, a.sort_time FROM article a");
        switch (query.filter()) {
            case STARRED ->
                sql.append(" JOIN article_state s ON s.article_id = a.id AND s.account_id = :account"
                        + " WHERE s.starred = 1");
            case READ ->
                sql.append(" JOIN article_state s ON s.article_id = a.id AND s.account_id = :account"
                        + " WHERE s.is_read = 1");
            case FOLLOWED, UNREAD -> sql.append(" WHERE ").append(FOLLOWED);
        }
        if (query.filter() == ItemQuery.Filter.UNREAD || query.excludeRead()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM article_state r WHERE r.article_id = a.id"
                    + " AND r.account_id = :account AND r.is_read = 1)");
        }
        if (query.sources() != null) {
            sql.append(query.sources().isEmpty() ? " AND 1 = 0" : " AND a.source_id IN (<sources>)");
        }
        if (query.from() != null) {
            sql.append(" AND a.sort_time >= :from");
        }
        if (query.until() != null) {
            sql.append(" AND a.sort_time < :until");
        }
        if (query.sinceId() > 0) {
            sql.append(" AND a.id > :sinceId");
        }
        if (query.maxId() > 0) {
            sql.append(" AND a.id < :maxId");
        }
        ArticleCursor after = query.after();
        if (after != null && query.order() == ItemQuery.Order.NEWEST) {
            sql.append(" AND (a.sort_time < :time OR (a.sort_time = :time AND a.id < :afterId))");
        } else if (after != null && query.order() == ItemQuery.Order.OLDEST) {
            sql.append(" AND (a.sort_time > :time OR (a.sort_time = :time AND a.id > :afterId))");
        }
        sql.append(
                switch (query.order()) {
                    case NEWEST -> " ORDER BY a.sort_time DESC, a.id DESC";
                    case OLDEST -> " ORDER BY a.sort_time, a.id";
                    case ID_ASCENDING -> " ORDER BY a.id";
                    case ID_DESCENDING -> " ORDER BY a.id DESC";
                });
        sql.append(" LIMIT :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString())
                    .bind("account", query.accountId())
                    .bind("limit", query.limit());
            if (query.sources() != null && !query.sources().isEmpty()) {
                q.bindList("sources", List.copyOf(query.sources()));
            }
            if (query.from() != null) {
                q.bind("from", query.from().toEpochMilli());
            }
            if (query.until() != null) {
                q.bind("until", query.until().toEpochMilli());
            }
            q.bind("sinceId", query.sinceId()).bind("maxId", query.maxId());
            if (after != null) {
                q.bind("time", after.time().toEpochMilli()).bind("afterId", after.id());
            }
            return q.map((rs, ctx) -> new Item(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))))
                    .list();
        });
    }

    /** Unread articles per followed source that has any. */
    public List<Unread> unreadCounts(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.source_id, COUNT(*), MAX(a.sort_time) FROM article a"
                        + " WHERE " + FOLLOWED + " AND NOT EXISTS (SELECT 1 FROM article_state r WHERE"
                        + " r.article_id = a.id AND r.account_id = :account AND r.is_read = 1)"
                        + " GROUP BY a.source_id ORDER BY a.source_id")
                .bind("account", accountId)
                .map((rs, ctx) -> new Unread(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))))
                .list());
    }

    /** The sources an account has unfollowed. */
    public Set<Long> unfollowed(long accountId) {
        return jdbi.withHandle(h -> new HashSet<>(
                h.createQuery("SELECT source_id FROM source_follow WHERE account_id = :account AND following = 0")
                        .bind("account", accountId)
                        .mapTo(Long.class)
                        .list()));
    }

    /** Follows or unfollows a source for an account. */
    public void setFollowing(long accountId, long sourceId, boolean following, Instant now) {
        writes.transaction(h -> h.createUpdate("INSERT INTO source_follow (account_id, source_id, following, changed)"
                        + " VALUES (:account, :source, :following, :now) ON CONFLICT (account_id, source_id)"
                        + " DO UPDATE SET following = excluded.following, changed = excluded.changed")
                .bind("account", accountId)
                .bind("source", sourceId)
                .bind("following", following ? 1 : 0)
                .bind("now", now.toEpochMilli())
                .execute());
    }
}
