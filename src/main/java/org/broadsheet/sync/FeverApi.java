package org.broadsheet.sync;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.broadsheet.account.AppPasswords;
import org.broadsheet.store.AppPasswordUse;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.ItemQuery;
import org.broadsheet.store.ReadingStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.jspecify.annotations.Nullable;

/**
 * The Fever API (version 3) at {@code /fever/?api}. Every call carries {@code api_key}, the MD5 of
 * "username:app-password"; every answer has {@code api_version} and {@code auth}, then what the call asked for
 * ({@code groups}, {@code feeds}, {@code favicons}, {@code items}, {@code links}, {@code unread_item_ids},
 * {@code saved_item_ids}), after the {@code mark} it asked to make. A wrong key is {@code auth: 0}, with status 200
 * as clients expect.
 */
public final class FeverApi {
    /** The most items one call returns, as the protocol says. */
    static final int MAX_ITEMS = 50;

    private final SourceStore sources;
    private final ArticleStore articles;
    private final ReadingStore reading;
    private final AppPasswords passwords;
    private final RateLimiter limiter;
    private final Clock clock;

    public FeverApi(
            SourceStore sources,
            ArticleStore articles,
            ReadingStore reading,
            AppPasswords passwords,
            RateLimiter limiter,
            Clock clock) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code GET} or {@code POST /fever/?api&...}. */
    public void handle(Context ctx) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("api_version", 3);
        String key = SyncRequests.param(ctx, "api_key");
        Optional<AppPasswordUse> use = key == null ? Optional.empty() : passwords.forFeverKey(key.strip());
        if (use.isEmpty()) {
            answer.put("auth", 0);
            SyncJson.write(ctx, 200, answer);
            return;
        }
        if (!limiter.tryAcquire(use.get().appPasswordId())) {
            ctx.header("Retry-After", "60");
            answer.put("auth", 1);
            answer.put("error", "Too many requests for this app password; try again in a minute.");
            SyncJson.write(ctx, 429, answer);
            return;
        }
        long account = use.get().account().id();
        Library library = Library.of(sources, reading, account);
        answer.put("auth", 1);
        answer.put("last_refreshed_on_time", lastRefreshed(library));
        String mark = SyncRequests.param(ctx, "mark");
        if (mark != null) {
            mark(ctx, account, library, mark, answer);
        }
        if (has(ctx, "groups")) {
            List<Map<String, Object>> groups = new ArrayList<>();
            for (String g : library.groups().keySet()) {
                groups.add(ordered("id", Library.groupId(g), "title", g));
            }
            answer.put("groups", groups);
            answer.put("feeds_groups", feedsGroups(library));
        }
        if (has(ctx, "feeds")) {
            List<Map<String, Object>> feeds = new ArrayList<>();
            for (Source s : library.sources()) {
                Map<String, Object> feed = ordered("id", s.id(), "favicon_id", 0, "title", s.name());
                feed.put("url", s.feedUrl().toString());
                feed.put("site_url", s.homepage() == null ? "" : s.homepage().toString());
                feed.put("is_spark", 0);
                Instant checked = s.health().lastSuccess();
                feed.put("last_updated_on_time", checked == null ? 0 : checked.getEpochSecond());
                feeds.add(feed);
            }
            answer.put("feeds", feeds);
            answer.put("feeds_groups", feedsGroups(library));
        }
        if (has(ctx, "favicons")) {
            answer.put("favicons", List.of());
        }
        if (has(ctx, "items")) {
            items(ctx, account, answer);
        }
        if (has(ctx, "links")) {
            answer.put("links", List.of());
        }
        if (has(ctx, "unread_item_ids")) {
            answer.put("unread_item_ids", unreadIds(account));
        }
        if (has(ctx, "saved_item_ids")) {
            answer.put("saved_item_ids", savedIds(account));
        }
        SyncJson.write(ctx, 200, answer);
    }

    /** The last time any followed feed was fetched, or now when none has been yet. */
    private long lastRefreshed(Library library) {
        return library.sources().stream()
                .map(s -> s.health().lastSuccess())
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElseGet(clock::instant)
                .getEpochSecond();
    }

    private static List<Map<String, Object>> feedsGroups(Library library) {
        List<Map<String, Object>> rows = new ArrayList<>();
        library.groups()
                .forEach((g, members) -> rows.add(ordered(
                        "group_id",
                        Library.groupId(g),
                        "feed_ids",
                        members.stream().map(s -> Long.toString(s.id())).collect(Collectors.joining(",")))));
        return rows;
    }

    private void items(Context ctx, long account, Map<String, Object> answer) {
        List<Long> ids;
        String withIds = SyncRequests.param(ctx, "with_ids");
        if (withIds != null) {
            ids = Arrays.stream(withIds.split(","))
                    .map(String::strip)
                    .map(FeverApi::number)
                    .filter(n -> n > 0)
                    .distinct()
                    .limit(MAX_ITEMS)
                    .toList();
        } else {
            long since = number(SyncRequests.param(ctx, "since_id"));
            long max = number(SyncRequests.param(ctx, "max_id"));
            ItemQuery query = ItemQuery.of(account).withLimit(MAX_ITEMS);
            if (since > 0) {
                query = query.withIds(since, 0).withOrder(ItemQuery.Order.ID_ASCENDING);
            } else {
                query = query.withIds(0, max).withOrder(ItemQuery.Order.ID_DESCENDING);
            }
            ids = reading.items(query).stream().map(ReadingStore.Item::id).toList();
        }
        Map<Long, ReadingStore.State> states = reading.states(account, ids);
        Map<Long, Article> found =
                articles.findAll(ids).stream().collect(Collectors.toMap(Article::id, a -> a, (a, b) -> a));
        Map<Long, Source> bySource = sources.all().stream().collect(Collectors.toMap(Source::id, s -> s, (x, y) -> x));
        List<Map<String, Object>> items = new ArrayList<>();
        for (long id : ids) {
            Article a = found.get(id);
            if (a == null) {
                continue;
            }
            ReadingStore.State state = states.getOrDefault(id, ReadingStore.State.NEW);
            Map<String, Object> item = ordered("id", a.id(), "feed_id", a.sourceId(), "title", a.title());
            item.put("author", a.byline() == null ? "" : a.byline());
            item.put("html", ItemBody.html(a, bySource.get(a.sourceId())));
            item.put("url", a.url().toString());
            item.put("is_saved", state.starred() ? 1 : 0);
            item.put("is_read", state.read() ? 1 : 0);
            item.put("created_on_time", a.sortTime().getEpochSecond());
            items.add(item);
        }
        answer.put("items", items);
        answer.put("total_items", articles.count());
    }

    private String unreadIds(long account) {
        return join(reading.items(ItemQuery.of(account)
                .withFilter(ItemQuery.Filter.UNREAD)
                .withOrder(ItemQuery.Order.ID_DESCENDING)
                .withLimit(Integer.MAX_VALUE)));
    }

    private String savedIds(long account) {
        return join(reading.items(ItemQuery.of(account)
                .withFilter(ItemQuery.Filter.STARRED)
                .withOrder(ItemQuery.Order.ID_DESCENDING)
                .withLimit(Integer.MAX_VALUE)));
    }

    private static String join(List<ReadingStore.Item> items) {
        return items.stream().map(i -> Long.toString(i.id())).collect(Collectors.joining(","));
    }

    /**
     * {@code mark=item&as=read|unread|saved|unsaved&id=N}, or {@code mark=feed|group&as=read&id=N&before=T}: a feed or
     * group marked read up to the time {@code before} (Unix seconds); group 0 is every followed feed.
     */
    private void mark(Context ctx, long account, Library library, String mark, Map<String, Object> answer) {
        String as = Objects.requireNonNullElse(SyncRequests.param(ctx, "as"), "");
        long id = number(SyncRequests.param(ctx, "id"));
        Instant now = clock.instant();
        switch (mark) {
            case "item" -> {
                if (id <= 0) {
                    return;
                }
                switch (as) {
                    case "read" -> reading.setRead(account, List.of(id), true, now);
                    case "unread" -> reading.setRead(account, List.of(id), false, now);
                    case "saved" -> reading.setStarred(account, List.of(id), true, now);
                    case "unsaved" -> reading.setStarred(account, List.of(id), false, now);
                    default -> {
                        return;
                    }
                }
                if (as.equals("saved") || as.equals("unsaved")) {
                    answer.put("saved_item_ids", savedIds(account));
                } else {
                    answer.put("unread_item_ids", unreadIds(account));
                }
            }
            case "feed", "group" -> {
                if (!as.equals("read")) {
                    return;
                }
                long beforeSeconds = number(SyncRequests.param(ctx, "before"));
                Instant before = beforeSeconds > 0 ? Instant.ofEpochSecond(beforeSeconds) : now;
                if (mark.equals("feed")) {
                    if (library.source(id).isPresent()) {
                        reading.markAllRead(account, List.of(id), false, before, now);
                    }
                } else if (id == 0) {
                    reading.markAllRead(account, List.of(), true, before, now);
                } else {
                    Optional<String> group = library.groupById(id);
                    if (group.isPresent()) {
                        Set<Long> members = library.sourceIds(group.get());
                        reading.markAllRead(account, members, false, before, now);
                    }
                }
                answer.put("unread_item_ids", unreadIds(account));
            }
            default -> {}
        }
    }

    private static boolean has(Context ctx, String name) {
        return ctx.queryParamMap().containsKey(name)
                || (ctx.method().name().equals("POST") && ctx.formParamMap().containsKey(name));
    }

    private static long number(@Nullable String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        Map<String, Object> map = ordered(k1, v1, k2, v2);
        map.put(k3, v3);
        return map;
    }
}
