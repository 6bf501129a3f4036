package org.broadsheet.sync;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.broadsheet.account.AppPasswords;
import org.broadsheet.store.AppPasswordUse;
import org.broadsheet.store.ArticleCursor;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.ItemQuery;
import org.broadsheet.store.ReadingStore;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.jspecify.annotations.Nullable;

/**
 * The Google Reader API as FreshRSS and Miniflux serve it to reader apps: {@code POST /accounts/ClientLogin} with the
 * account name and an app password gives an Auth token; every other call sends it as {@code Authorization:
 * GoogleLogin auth=TOKEN}, and calls that change state may send the edit token {@code T} from {@code
 * /reader/api/0/token} (checked when sent; the Auth header alone proves who is asking, as no cookie is taken). A
 * missing or revoked token is a 401.
 */
public final class GoogleReaderApi {
    /** The most items one stream call returns. */
    static final int MAX_ITEMS = 1000;

    private static final int DEFAULT_ITEMS = 20;

    private final SourceStore sources;
    private final ReadingStore reading;
    private final ReaderSession session;
    private final Clock clock;
    private final ReaderItems items;

    public GoogleReaderApi(
            SourceStore sources,
            ArticleStore articles,
            ReadingStore reading,
            AppPasswords passwords,
            RateLimiter limiter,
            Clock clock) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.reading = Objects.requireNonNull(reading, "reading");
        this.session = new ReaderSession(
                Objects.requireNonNull(passwords, "passwords"), Objects.requireNonNull(limiter, "limiter"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.items = new ReaderItems(sources, Objects.requireNonNull(articles, "articles"), reading);
    }

    /** {@code POST /accounts/ClientLogin}: {@code Email} (the account's name) and {@code Passwd} (an app password). */
    public void clientLogin(Context ctx) {
        session.clientLogin(ctx);
    }

    /** {@code GET /reader/api/0/token}: the edit token {@code T}. */
    public void token(Context ctx) {
        session.token(ctx);
    }

    /** {@code GET /reader/api/0/user-info}. */
    public void userInfo(Context ctx) {
        session.signedIn(ctx).ifPresent(use -> {
            Map<String, Object> body = new LinkedHashMap<>();
            String id = Long.toString(use.account().id());
            body.put("userId", id);
            body.put("userName", use.account().username());
            body.put("userProfileId", id);
            body.put("userEmail", "");
            SyncJson.write(ctx, 200, body);
        });
    }

    /** {@code GET /reader/api/0/subscription/list}: the followed sources, each with its category as a label. */
    public void subscriptions(Context ctx) {
        session.signedIn(ctx).ifPresent(use -> {
            Library library = library(use);
            List<Map<String, Object>> list = new ArrayList<>();
            for (Source s : library.sources()) {
                Map<String, Object> sub = new LinkedHashMap<>();
                sub.put("id", StreamId.feed(s));
                sub.put("title", s.name());
                String group = Library.group(s);
                sub.put(
                        "categories",
                        group == null ? List.of() : List.of(Map.of("id", StreamId.label(group), "label", group)));
                sub.put("url", s.feedUrl().toString());
                sub.put("htmlUrl", s.homepage() == null ? "" : s.homepage().toString());
                sub.put("iconUrl", "");
                list.add(sub);
            }
            SyncJson.write(ctx, 200, Map.of("subscriptions", list));
        });
    }

    /** {@code GET /reader/api/0/tag/list}: starred, and each category as a folder label. */
    public void tags(Context ctx) {
        session.signedIn(ctx).ifPresent(use -> {
            List<Map<String, Object>> tags = new ArrayList<>();
            tags.add(Map.of("id", StreamId.STARRED));
            for (String g : library(use).groups().keySet()) {
                tags.add(Map.of("id", StreamId.label(g), "label", g, "type", "folder"));
            }
            SyncJson.write(ctx, 200, Map.of("tags", tags));
        });
    }

    /** {@code GET /reader/api/0/unread-count}: per feed, per label and for the whole reading list. */
    public void unreadCount(Context ctx) {
        session.signedIn(ctx).ifPresent(use -> {
            Library library = library(use);
            Map<Long, ReadingStore.Unread> bySource = new LinkedHashMap<>();
            for (ReadingStore.Unread u : reading.unreadCounts(use.account().id())) {
                bySource.put(u.sourceId(), u);
            }
            List<Map<String, Object>> counts = new ArrayList<>();
            long total = 0;
            Instant newest = Instant.EPOCH;
            for (Source s : library.sources()) {
                ReadingStore.Unread u = bySource.get(s.id());
                if (u != null) {
                    counts.add(count(StreamId.feed(s), u.count(), u.newest()));
                    total += u.count();
                    newest = u.newest().isAfter(newest) ? u.newest() : newest;
                }
            }
            for (var group : library.groups().entrySet()) {
                long n = 0;
                Instant latest = Instant.EPOCH;
                for (Source s : group.getValue()) {
                    ReadingStore.Unread u = bySource.get(s.id());
                    if (u != null) {
                        n += u.count();
                        latest = u.newest().isAfter(latest) ? u.newest() : latest;
                    }
                }
                if (n > 0) {
                    counts.add(count(StreamId.label(group.getKey()), n, latest));
                }
            }
            counts.add(count(StreamId.READING_LIST, total, newest));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("max", total);
            body.put("unreadcounts", counts);
            SyncJson.write(ctx, 200, body);
        });
    }

    private static Map<String, Object> count(String id, long count, Instant newest) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("count", count);
        row.put("newestItemTimestampUsec", Long.toString(SyncRequests.micros(newest)));
        return row;
    }

    /** {@code GET /reader/api/0/stream/items/ids?s=STREAM}: item references, decimal ids. */
    public void streamItemIds(Context ctx) {
        session.signedIn(ctx).ifPresent(use -> {
            Optional<Page> page = page(ctx, use, SyncRequests.param(ctx, "s"));
            if (page.isEmpty()) {
                return;
            }
            List<Map<String, Object>> refs = new ArrayList<>();
            for (ReadingStore.Item item : page.get().items()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("id", Long.toString(item.id()));
                ref.put("directStreamIds", List.of());
                ref.put("timestampUsec", Long.toString(SyncRequests.micros(item.sortTime())));
                refs.add(ref);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("itemRefs", refs);
            if (page.get().continuation() != null) {
                body.put("continuation", page.get().continuation());
            }
            SyncJson.write(ctx, 200, body);
        });
    }

    /** {@code GET /reader/api/0/stream/contents/STREAM} (or {@code ?s=STREAM}): the items themselves. */
    public void streamContents(Context ctx) {
        session.signedIn(ctx).ifPresent(use -> {
            String stream =
                    ctx.pathParamMap().containsKey("stream") ? ctx.pathParam("stream") : SyncRequests.param(ctx, "s");
            Optional<Page> page = page(ctx, use, stream);
            if (page.isEmpty()) {
                return;
            }
            List<Long> ids =
                    page.get().items().stream().map(ReadingStore.Item::id).toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("direction", "ltr");
            body.put("id", page.get().stream().id());
            body.put("title", page.get().stream().id());
            body.put("updated", clock.instant().getEpochSecond());
            body.put("items", items.of(use.account().id(), ids));
            if (page.get().continuation() != null) {
                body.put("continuation", page.get().continuation());
            }
            SyncJson.write(ctx, 200, body);
        });
    }

    /** {@code POST /reader/api/0/stream/items/contents} with one {@code i} per item. */
    public void itemContents(Context ctx) {
        session.signedIn(ctx).ifPresent(use -> {
            List<Long> ids = itemIds(ctx);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("direction", "ltr");
            body.put("id", StreamId.READING_LIST);
            body.put("updated", clock.instant().getEpochSecond());
            body.put("items", items.of(use.account().id(), ids));
            SyncJson.write(ctx, 200, body);
        });
    }

    /**
     * {@code POST /reader/api/0/edit-tag}: {@code a} (add) and {@code r} (remove) the tags read, starred and
     * kept-unread on each item {@code i}. Labels on single items are not kept, since they are sources' categories.
     */
    public void editTag(Context ctx) {
        session.signedIn(ctx).filter(use -> session.editTokenOk(ctx)).ifPresent(use -> {
            List<Long> ids = itemIds(ctx);
            long account = use.account().id();
            Instant now = clock.instant();
            for (String tag : SyncRequests.params(ctx, "a")) {
                switch (StreamId.normalise(tag)) {
                    case StreamId.READ -> reading.setRead(account, ids, true, now);
                    case StreamId.STARRED -> reading.setStarred(account, ids, true, now);
                    case StreamId.KEPT_UNREAD -> reading.setRead(account, ids, false, now);
                    default -> {}
                }
            }
            for (String tag : SyncRequests.params(ctx, "r")) {
                switch (StreamId.normalise(tag)) {
                    case StreamId.READ -> reading.setRead(account, ids, false, now);
                    case StreamId.STARRED -> reading.setStarred(account, ids, false, now);
                    default -> {}
                }
            }
            SyncRequests.text(ctx, 200, "OK");
        });
    }

    /**
     * {@code POST /reader/api/0/mark-all-as-read}: every item of stream {@code s} up to {@code ts} (microseconds since
     * the epoch; now when absent) is read.
     */
    public void markAllAsRead(Context ctx) {
        session.signedIn(ctx).filter(use -> session.editTokenOk(ctx)).ifPresent(use -> {
            Library library = library(use);
            Optional<StreamId> stream =
                    StreamId.parse(Objects.requireNonNullElse(SyncRequests.param(ctx, "s"), ""), library);
            if (stream.isEmpty()) {
                SyncRequests.text(ctx, 400, "Unknown stream");
                return;
            }
            long ts = SyncRequests.number(SyncRequests.param(ctx, "ts"));
            Instant now = clock.instant();
            Instant until = ts > 0 ? Instant.ofEpochSecond(ts / 1_000_000, (ts % 1_000_000) * 1000) : now;
            long account = use.account().id();
            switch (stream.get().kind()) {
                case READING_LIST -> reading.markAllRead(account, List.of(), true, until, now);
                case FEED, LABEL -> reading.markAllRead(account, stream.get().sources(), false, until, now);
                case STARRED -> reading.setRead(account, allIds(stream.get().query(account), until), true, now);
                case READ -> {}
            }
            SyncRequests.text(ctx, 200, "OK");
        });
    }

    /**
     * {@code POST /reader/api/0/subscription/edit}: {@code ac=subscribe} follows, {@code ac=unsubscribe} unfollows, each
     * feed {@code s} this site already has ({@code feed/ID} or {@code feed/URL}); {@code ac=edit} changes nothing, as
     * titles and labels are the site's. A feed the site does not have is a 400 that says so: reader apps cannot add
     * sources here.
     */
    public void editSubscription(Context ctx) {
        session.signedIn(ctx).filter(use -> session.editTokenOk(ctx)).ifPresent(use -> {
            String action = Objects.requireNonNullElse(SyncRequests.param(ctx, "ac"), "edit");
            List<Source> found = new ArrayList<>();
            for (String s : SyncRequests.params(ctx, "s")) {
                Optional<Source> source = anySource(s);
                if (source.isEmpty()) {
                    SyncRequests.text(ctx, 400, "This site has no feed " + s + "; ask its operator to add it.");
                    return;
                }
                found.add(source.get());
            }
            Instant now = clock.instant();
            switch (action) {
                case "subscribe", "unsubscribe" -> {
                    for (Source s : found) {
                        reading.setFollowing(use.account().id(), s.id(), action.equals("subscribe"), now);
                    }
                }
                case "edit" -> {}
                default -> {
                    SyncRequests.text(ctx, 400, "Unknown action " + action);
                    return;
                }
            }
            SyncRequests.text(ctx, 200, "OK");
        });
    }

    /** {@code POST /reader/api/0/subscription/quickadd?quickadd=URL}: follows a feed this site already has. */
    public void quickAdd(Context ctx) {
        session.signedIn(ctx).filter(use -> session.editTokenOk(ctx)).ifPresent(use -> {
            String wanted = Objects.requireNonNullElse(SyncRequests.param(ctx, "quickadd"), "")
                    .strip();
            Optional<Source> source = anySource(wanted.startsWith("feed/") ? wanted : "feed/" + wanted);
            Map<String, Object> body = new LinkedHashMap<>();
            if (source.isEmpty()) {
                body.put("numResults", 0);
                body.put("error", "This site has no feed " + wanted + "; ask its operator to add it.");
                SyncJson.write(ctx, 400, body);
                return;
            }
            reading.setFollowing(use.account().id(), source.get().id(), true, clock.instant());
            body.put("query", wanted);
            body.put("numResults", 1);
            body.put("streamId", StreamId.feed(source.get()));
            body.put("streamName", source.get().name());
            SyncJson.write(ctx, 200, body);
        });
    }

    /** Any source of the site named by {@code feed/ID} or {@code feed/URL}, followed or not. */
    private Optional<Source> anySource(String stream) {
        String s = stream.strip();
        if (!s.startsWith("feed/")) {
            return Optional.empty();
        }
        String rest = s.substring("feed/".length());
        if (!rest.isEmpty() && rest.chars().allMatch(Character::isDigit) && rest.length() < 18) {
            return sources.find(Long.parseLong(rest));
        }
        return sources.all().stream()
                .filter(x -> x.feedUrl().toString().equals(rest))
                .findFirst();
    }

    private List<Long> allIds(ItemQuery query, Instant until) {
        return reading.items(query.withTimes(null, until.plusMillis(1)).withLimit(Integer.MAX_VALUE)).stream()
                .map(ReadingStore.Item::id)
                .toList();
    }

    /** A page of a stream's items and the continuation to the next page, if there may be one. */
    private record Page(
            StreamId stream,
            List<ReadingStore.Item> items,
            @Nullable String continuation) {}

    /**
     * The page of stream {@code s} the request asks for: {@code n} items (20 by default, at most {@value #MAX_ITEMS}),
     * oldest first with {@code r=o}, sorted at or after {@code ot} and before {@code nt} (Unix seconds), without read
     * items when {@code xt} is the read state, only read or starred ones with {@code it}, after continuation {@code c}.
     */
    private Optional<Page> page(Context ctx, AppPasswordUse use, @Nullable String s) {
        Library library = library(use);
        Optional<StreamId> stream = StreamId.parse(Objects.requireNonNullElse(s, ""), library);
        if (stream.isEmpty()) {
            SyncRequests.text(ctx, 400, "Unknown stream");
            return Optional.empty();
        }
        long account = use.account().id();
        int n = (int) Math.min(MAX_ITEMS, SyncRequests.number(SyncRequests.param(ctx, "n")));
        ItemQuery query = stream.get().query(account).withLimit(n > 0 ? n : DEFAULT_ITEMS);
        if ("o".equals(SyncRequests.param(ctx, "r"))) {
            query = query.withOrder(ItemQuery.Order.OLDEST);
        }
        long ot = SyncRequests.number(SyncRequests.param(ctx, "ot"));
        long nt = SyncRequests.number(SyncRequests.param(ctx, "nt"));
        query = query.withTimes(ot > 0 ? Instant.ofEpochSecond(ot) : null, nt > 0 ? Instant.ofEpochSecond(nt) : null);
        for (String xt : SyncRequests.params(ctx, "xt")) {
            if (StreamId.normalise(xt).equals(StreamId.READ)) {
                query = query.withExcludeRead(true);
            }
        }
        for (String it : SyncRequests.params(ctx, "it")) {
            switch (StreamId.normalise(it)) {
                case StreamId.STARRED -> query = query.withFilter(ItemQuery.Filter.STARRED);
                case StreamId.READ -> query = query.withFilter(ItemQuery.Filter.READ);
                default -> {}
            }
        }
        String c = SyncRequests.param(ctx, "c");
        if (c != null && !c.isBlank()) {
            Optional<ArticleCursor> cursor = ArticleCursor.parse(c.strip());
            if (cursor.isEmpty()) {
                SyncRequests.text(ctx, 400, "Bad continuation");
                return Optional.empty();
            }
            query = query.withAfter(cursor.get());
        }
        List<ReadingStore.Item> items = reading.items(query);
        String continuation = items.size() == query.limit()
                ? items.get(items.size() - 1).cursor().token()
                : null;
        return Optional.of(new Page(stream.get(), items, continuation));
    }

    private List<Long> itemIds(Context ctx) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String i : SyncRequests.params(ctx, "i")) {
            OptionalLong id = ItemIds.parse(i);
            if (id.isPresent() && ids.size() < MAX_ITEMS) {
                ids.add(id.getAsLong());
            }
        }
        return List.copyOf(ids);
    }

    private Library library(AppPasswordUse use) {
        return Library.of(sources, reading, use.account().id());
    }
}
