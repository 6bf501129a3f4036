package org.broadsheet.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which of an account's articles a sync client asks for. Start from {@link #of} (every article of the sources the
 * account follows, newest first, 50 of them) and narrow it with the {@code with…} methods.
 *
 * @param sources only articles of these sources; null for every followed source (or, for {@link Filter#STARRED} and
 *     {@link Filter#READ}, every source)
 * @param from only articles sorted at or after this time
 * @param until only articles sorted before this time
 * @param sinceId only articles with a larger id
 * @param maxId only articles with a smaller id (0: no limit)
 * @param after continue after this position in the chosen {@link Order} ({@link Order#NEWEST} or {@link Order#OLDEST})
 */
public record ItemQuery(
        long accountId,
        Filter filter,
        @Nullable Set<Long> sources,
        boolean excludeRead,
        @Nullable Instant from,
        @Nullable Instant until,
        long sinceId,
        long maxId,
        Order order,
        @Nullable ArticleCursor after,
        int limit) {

    /** The articles a query starts from. */
    public enum Filter {
        /** The articles of followed sources. */
        FOLLOWED,
        /** Starred (saved) articles. */
        STARRED,
        /** Articles marked read. */
        READ,
        /** Unread articles of followed sources. */
        UNREAD
    }

    /** The order of the answer. */
    public enum Order {
        NEWEST,
        OLDEST,
        ID_ASCENDING,
        ID_DESCENDING
    }

    public ItemQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(order, "order");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        sources = sources == null ? null : Set.copyOf(sources);
    }

    /** Every article of the sources {@code accountId} follows, newest first, 50 at a time. */
    public static ItemQuery of(long accountId) {
        return new ItemQuery(accountId, Filter.FOLLOWED, null, false, null, null, 0, 0, Order.NEWEST, null, 50);
    }

    public ItemQuery withFilter(Filter value) {
        return new ItemQuery(accountId, value, sources, excludeRead, from, until, sinceId, maxId, order, after, limit);
    }

    public ItemQuery withSources(@Nullable Set<Long> value) {
        return new ItemQuery(accountId, filter, value, excludeRead, from, until, sinceId, maxId, order, after, limit);
    }

    public ItemQuery withExcludeRead(boolean value) {
        return new ItemQuery(accountId, filter, sources, value, from, until, sinceId, maxId, order, after, limit);
    }

    public ItemQuery withTimes(@Nullable Instant fromTime, @Nullable Instant untilTime) {
        return new ItemQuery(
                accountId, filter, sources, excludeRead, fromTime, untilTime, sinceId, maxId, order, after, limit);
    }

    public ItemQuery withIds(long since, long max) {
        return new ItemQuery(accountId, filter, sources, excludeRead, from, until, since, max, order, after, limit);
    }

    public ItemQuery withOrder(Order value) {
        return new ItemQuery(accountId, filter, sources, excludeRead, from, until, sinceId, maxId, value, after, limit);
    }

    public ItemQuery withAfter(@Nullable ArticleCursor value) {
        return new ItemQuery(accountId, filter, sources, excludeRead, from, until, sinceId, maxId, order, value, limit);
    }

    public ItemQuery withLimit(int value) {
        return new ItemQuery(accountId, filter, sources, excludeRead, from, until, sinceId, maxId, order, after, value);
    }
}
