package org.broadsheet.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.sync.SyncFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Google Reader API against a real server, as FeedHQ's documentation describes it and FreshRSS and Miniflux
 * serve it: ClientLogin, then {@code Authorization: GoogleLogin auth=TOKEN} on every call.
 */
class GoogleReaderApiTest {
    private static final String READING_LIST = "user/-/state/com.google/reading-list";
    private static final String READ = "user/-/state/com.google/read";
    private static final String STARRED = "user/-/state/com.google/starred";

    @TempDir
    Path dir;

    SyncFixture f;
    String auth;

    @BeforeEach
    void start() throws Exception {
        f = new SyncFixture(dir);
        auth = logIn("alice", f.appPassword);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private String logIn(String name, String password) throws Exception {
        HttpResponse<String> r = f.post("/accounts/ClientLogin", "Email=" + enc(name) + "&Passwd=" + enc(password));
        if (r.statusCode() != 200) {
            return "";
        }
        for (String line : r.body().split("\n")) {
            if (line.startsWith("Auth=")) {
                return line.substring(5);
            }
        }
        throw new AssertionError("no Auth line: " + r.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return f.get(path, "Authorization", "GoogleLogin auth=" + auth);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json(r);
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return f.post(path, form, "Authorization", "GoogleLogin auth=" + auth);
    }

    private List<Long> itemIds(String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        getJson("/reader/api/0/stream/items/ids?output=json&" + query)
                .get("itemRefs")
                .forEach(ref -> ids.add(Long.parseLong(ref.get("id").asText())));
        return ids;
    }

    private static String hexId(long id) {
        return "tag:google.com,2005:reader/item/" + String.format(Locale.ROOT, "%016x", id);
    }

    @Test
    void clientLoginTakesAnAppPasswordButNeverTheMainOne() throws Exception {
        HttpResponse<String> ok = f.post("/accounts/ClientLogin", "Email=alice&Passwd=" + enc(f.appPassword));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).containsPattern("(?m)^SID=\\S+$").containsPattern("(?m)^LSID=\\S+$");
        assertThat(ok.body()).contains("Auth=" + auth);

        HttpResponse<String> main = f.post("/accounts/ClientLogin", "Email=alice&Passwd=" + enc(SyncFixture.PASSWORD));
        assertThat(main.statusCode()).isEqualTo(401);
        assertThat(main.body()).contains("Error=BadAuthentication");
        assertThat(f.post("/accounts/ClientLogin", "Email=bob&Passwd=" + enc(f.appPassword))
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> asJson =
                f.post("/accounts/ClientLogin?output=json", "Email=ALICE&Passwd=" + enc(f.appPassword));
        assertThat(json(asJson).get("Auth").asText()).isEqualTo(auth);
    }

    @Test
    void callsWithoutALiveTokenAre401AndRevokingStopsTheTokenAtOnce() throws Exception {
        assertThat(f.get("/reader/api/0/user-info").statusCode()).isEqualTo(401);
        assertThat(f.get("/reader/api/0/user-info", "Authorization", "GoogleLogin auth=bsr_nope")
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/reader/api/0/user-info").statusCode()).isEqualTo(200);

        long id = f.web.accounts.appPasswords().list(f.alice).getFirst().id();
        f.web.accounts.appPasswords().revoke(f.alice, id);
        assertThat(get("/reader/api/0/user-info").statusCode()).isEqualTo(401);
        assertThat(logIn("alice", f.appPassword)).isEmpty();
    }

    @Test
    void loggingOutEverywhereRevokesAppPasswords() throws Exception {
        f.web.accounts.logOutEverywhere(f.alice.id());
        assertThat(get("/reader/api/0/user-info").statusCode()).isEqualTo(401);
    }

    @Test
    void tokenUserInfoSubscriptionsAndTags() throws Exception {
        HttpResponse<String> token = get("/reader/api/0/token");
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.body().strip()).matches("[0-9a-f]{57}");

        JsonNode user = getJson("/reader/api/0/user-info?output=json");
        assertThat(user.get("userName").asText()).isEqualTo("alice");
        assertThat(user.get("userId").asText()).isEqualTo(Long.toString(f.alice.id()));

        JsonNode subs = getJson("/reader/api/0/subscription/list?output=json").get("subscriptions");
        assertThat(subs).hasSize(2);
        JsonNode alpine = subs.get(0);
        assertThat(alpine.get("id").asText()).isEqualTo("feed/" + f.alpine.id());
        assertThat(alpine.get("title").asText()).isEqualTo("Alpine");
        assertThat(alpine.get("url").asText()).isEqualTo("https://alpine.example/feed");
        assertThat(alpine.get("htmlUrl").asText()).isEqualTo("https://alpine.example/");
        assertThat(alpine.get("categories").get(0).get("id").asText()).isEqualTo("user/-/label/World/Europe");
        assertThat(alpine.get("categories").get(0).get("label").asText()).isEqualTo("World/Europe");
        assertThat(subs.get(1).get("categories")).isEmpty();

        JsonNode tags = getJson("/reader/api/0/tag/list?output=json").get("tags");
        assertThat(tags).extracting(t -> t.get("id").asText()).containsExactly(STARRED, "user/-/label/World/Europe");
        assertThat(tags.get(1).get("type").asText()).isEqualTo("folder");
    }

    @Test
    void streamItemIdsOrderFilterAndContinue() throws Exception {
        assertThat(itemIds("s=" + READING_LIST)).containsExactly(f.a3, f.a2, f.b1, f.a1);
        assertThat(itemIds("s=" + READING_LIST + "&r=o")).containsExactly(f.a1, f.b1, f.a2, f.a3);
        assertThat(itemIds("s=feed/" + f.alpine.id())).containsExactly(f.a3, f.a2, f.a1);
        assertThat(itemIds("s=" + enc("feed/https://alpine.example/feed"))).containsExactly(f.a3, f.a2, f.a1);
        assertThat(itemIds("s=" + enc("user/-/label/World/Europe"))).containsExactly(f.a3, f.a2, f.a1);
        assertThat(itemIds("s=" + enc("user/1/state/com.google/reading-list") + "&n=1"))
                .containsExactly(f.a3);

        long now = Instant.now().getEpochSecond();
        assertThat(itemIds("s=" + READING_LIST + "&ot=" + (now - 2 * 3600 - 60)))
                .containsExactly(f.a3, f.a2);
        assertThat(itemIds("s=" + READING_LIST + "&nt=" + (now - 2 * 3600 - 60)))
                .containsExactly(f.b1, f.a1);

        JsonNode first = getJson("/reader/api/0/stream/items/ids?s=" + READING_LIST + "&n=2");
        assertThat(first.get("itemRefs")).hasSize(2);
        assertThat(first.get("itemRefs").get(0).get("timestampUsec").asText()).matches("\\d{16}");
        String c = first.get("continuation").asText();
        assertThat(itemIds("s=" + READING_LIST + "&n=2&c=" + enc(c))).containsExactly(f.b1, f.a1);
        assertThat(getJson("/reader/api/0/stream/items/ids?s=" + READING_LIST + "&n=10")
                        .has("continuation"))
                .isFalse();

        assertThat(get("/reader/api/0/stream/items/ids?s=feed/999999").statusCode())
                .isEqualTo(400);
    }

    @Test
    void editTagMarksReadAndStarredInBothIdForms() throws Exception {
        String t = get("/reader/api/0/token").body().strip();
        assertThat(post(
                                "/reader/api/0/edit-tag",
                                "i=" + f.a2 + "&i=" + enc(hexId(f.b1)) + "&a=" + enc(READ) + "&T=" + t)
                        .body())
                .isEqualTo("OK");
        assertThat(post("/reader/api/0/edit-tag", "i=" + enc(hexId(f.a3)) + "&a=" + enc(STARRED) + "&T=" + t)
                        .statusCode())
                .isEqualTo(200);

        assertThat(itemIds("s=" + READING_LIST + "&xt=" + enc(READ))).containsExactly(f.a3, f.a1);
        assertThat(itemIds("s=" + READ)).containsExactlyInAnyOrder(f.a2, f.b1);
        assertThat(itemIds("s=" + STARRED)).containsExactly(f.a3);
        assertThat(itemIds("s=" + READING_LIST + "&it=" + enc(STARRED))).containsExactly(f.a3);

        JsonNode counts = getJson("/reader/api/0/unread-count?output=json");
        assertThat(counts.get("unreadcounts"))
                .anySatisfy(c -> {
                    assertThat(c.get("id").asText()).isEqualTo(READING_LIST);
                    assertThat(c.get("count").asLong()).isEqualTo(2);
                })
                .anySatisfy(c -> {
                    assertThat(c.get("id").asText()).isEqualTo("feed/" + f.alpine.id());
                    assertThat(c.get("count").asLong()).isEqualTo(2);
                });

        post("/reader/api/0/edit-tag", "i=" + f.a2 + "&r=" + enc(READ) + "&a=" + enc(STARRED));
        post("/reader/api/0/edit-tag", "i=" + f.a3 + "&r=" + enc(STARRED));
        assertThat(itemIds("s=" + STARRED)).containsExactly(f.a2);
        assertThat(itemIds("s=" + READ)).containsExactly(f.b1);
        post("/reader/api/0/edit-tag", "i=" + f.b1 + "&a=" + enc("user/-/state/com.google/kept-unread"));
        assertThat(itemIds("s=" + READ)).isEmpty();

        HttpResponse<String> badT = post("/reader/api/0/edit-tag", "i=" + f.a1 + "&a=" + enc(READ) + "&T=wrong");
        assertThat(badT.statusCode()).isEqualTo(401);
        assertThat(badT.headers().firstValue("X-Reader-Google-Bad-Token")).hasValue("true");
        assertThat(itemIds("s=" + READ)).isEmpty();
    }

    @Test
    void streamContentsAndItemContents() throws Exception {
        post("/reader/api/0/edit-tag", "i=" + f.a3 + "&a=" + enc(STARRED));
        JsonNode stream = getJson("/reader/api/0/stream/contents/" + READING_LIST + "?n=2");
        assertThat(stream.get("id").asText()).isEqualTo(READING_LIST);
        assertThat(stream.get("items")).hasSize(2);
        assertThat(stream.has("continuation")).isTrue();
        JsonNode item = stream.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(hexId(f.a3));
        assertThat(item.get("title").asText()).isEqualTo("Snow report");
        assertThat(item.get("author").asText()).isEqualTo("Ada Writer");
        assertThat(item.get("canonical").get(0).get("href").asText()).isEqualTo("https://news.example/a3");
        assertThat(item.get("alternate").get(0).get("href").asText()).isEqualTo("https://news.example/a3");
        assertThat(item.get("summary").get("content").asText()).contains("The full body of Snow report.");
        assertThat(item.get("origin").get("streamId").asText()).isEqualTo("feed/" + f.alpine.id());
        assertThat(item.get("origin").get("title").asText()).isEqualTo("Alpine");
        assertThat(item.get("categories"))
                .extracting(JsonNode::asText)
                .contains(READING_LIST, STARRED, "user/-/label/World/Europe")
                .doesNotContain(READ);
        assertThat(item.get("timestampUsec").asText()).matches("\\d{16}");
        assertThat(item.get("crawlTimeMsec").asText()).matches("\\d{13}");

        JsonNode byQuery = getJson("/reader/api/0/stream/contents?s=feed/" + f.bay.id());
        assertThat(byQuery.get("items")).extracting(i -> i.get("id").asText()).containsExactly(hexId(f.b1));

        HttpResponse<String> contents = post(
                "/reader/api/0/stream/items/contents",
                "i=" + f.a1 + "&i=" + enc(hexId(f.b1)) + "&i=" + String.format(Locale.ROOT, "%016x", f.a2));
        assertThat(contents.statusCode()).isEqualTo(200);
        assertThat(json(contents).get("items"))
                .extracting(i -> i.get("id").asText())
                .containsExactly(hexId(f.a1), hexId(f.b1), hexId(f.a2));
    }

    @Test
    void markAllAsReadStopsAtTs() throws Exception {
        long twoHoursAgoMicros = (Instant.now().getEpochSecond() - 2 * 3600 + 30) * 1_000_000;
        assertThat(post("/reader/api/0/mark-all-as-read", "s=feed/" + f.alpine.id() + "&ts=" + twoHoursAgoMicros)
                        .body())
                .isEqualTo("OK");
        assertThat(itemIds("s=" + READING_LIST + "&xt=" + enc(READ))).containsExactly(f.a3, f.b1);
        post("/reader/api/0/mark-all-as-read", "s=" + enc(READING_LIST));
        assertThat(itemIds("s=" + READING_LIST + "&xt=" + enc(READ))).isEmpty();
    }

    @Test
    void subscriptionEditAndQuickAddFollowOnlyFeedsTheSiteHas() throws Exception {
        assertThat(post("/reader/api/0/subscription/edit", "ac=unsubscribe&s=feed/" + f.bay.id())
                        .body())
                .isEqualTo("OK");
        JsonNode subs = getJson("/reader/api/0/subscription/list?output=json").get("subscriptions");
        assertThat(subs).extracting(s -> s.get("id").asText()).containsExactly("feed/" + f.alpine.id());
        assertThat(itemIds("s=" + READING_LIST)).containsExactly(f.a3, f.a2, f.a1);

        HttpResponse<String> added =
                post("/reader/api/0/subscription/quickadd", "quickadd=" + enc("https://bay.example/feed"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(json(added).get("streamId").asText()).isEqualTo("feed/" + f.bay.id());
        assertThat(itemIds("s=" + READING_LIST)).hasSize(4);

        HttpResponse<String> unknown =
                post("/reader/api/0/subscription/quickadd", "quickadd=" + enc("https://elsewhere.example/feed"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("error").asText()).contains("ask its operator");
        assertThat(post("/reader/api/0/subscription/edit", "ac=subscribe&s=feed/999999")
                        .statusCode())
                .isEqualTo(400);
        // Another account still follows everything.
        assertThat(f.web.db.reading().unfollowed(f.alice.id() + 1)).isEmpty();
    }

    @Test
    void theRateLimitIsPerAppPassword() {
        long[] now = {0};
        RateLimiter limiter = new RateLimiter(3, 1, () -> now[0]);
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isFalse();
        assertThat(limiter.tryAcquire(2)).isTrue();
        now[0] += 1_000_000_000L;
        assertThat(limiter.tryAcquire(1)).isTrue();
        assertThat(limiter.tryAcquire(1)).isFalse();
    }
}
