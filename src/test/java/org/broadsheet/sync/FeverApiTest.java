package org.broadsheet.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.sync.SyncFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fever API against a real server, as its published description (feedafever.com/api) defines it: form POSTs to
 * {@code /fever/?api} with {@code api_key}, no cookie and no CSRF token.
 */
class FeverApiTest {
    @TempDir
    Path dir;

    SyncFixture f;

    @BeforeEach
    void start() {
        f = new SyncFixture(dir);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private JsonNode fever(String query, String form) throws Exception {
        HttpResponse<String> r = f.post("/fever/?api" + (query.isEmpty() ? "" : "&" + query), form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return json(r);
    }

    private JsonNode authed(String query) throws Exception {
        return fever(query, "api_key=" + f.feverKey());
    }

    private static List<Long> ids(JsonNode commaList) {
        String text = commaList.asText();
        return text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split(",")).map(Long::parseLong).toList();
    }

    @Test
    void theKeyIsTheMd5OfNameAndAppPasswordAndNothingElse() throws Exception {
        JsonNode ok = authed("");
        assertThat(ok.get("api_version").asInt()).isEqualTo(3);
        assertThat(ok.get("auth").asInt()).isEqualTo(1);
        assertThat(ok.get("last_refreshed_on_time").asLong()).isPositive();

        JsonNode mainPassword =
                fever("", "api_key=" + org.broadsheet.account.AppPasswords.feverKey("alice", SyncFixture.PASSWORD));
        assertThat(mainPassword.get("auth").asInt()).isZero();
        assertThat(mainPassword.has("last_refreshed_on_time")).isFalse();
        assertThat(fever("", "").get("auth").asInt()).isZero();
        assertThat(fever("feeds", "api_key=0123456789abcdef0123456789abcdef").has("feeds"))
                .isFalse();
        // Clients that send the key upper-cased or in the query string are understood too.
        assertThat(fever("api_key=" + f.feverKey().toUpperCase(), "")
                        .get("auth")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aRevokedAppPasswordStopsAtOnce() throws Exception {
        assertThat(authed("").get("auth").asInt()).isEqualTo(1);
        long id = f.web.accounts.appPasswords().list(f.alice).getFirst().id();
        f.web.accounts.appPasswords().revoke(f.alice, id);
        assertThat(authed("").get("auth").asInt()).isZero();
    }

    @Test
    void groupsFeedsAndFavicons() throws Exception {
        JsonNode groups = authed("groups");
        assertThat(groups.get("groups")).hasSize(1);
        long groupId = groups.get("groups").get(0).get("id").asLong();
        assertThat(groups.get("groups").get(0).get("title").asText()).isEqualTo("World/Europe");
        assertThat(groups.get("feeds_groups").get(0).get("group_id").asLong()).isEqualTo(groupId);
        assertThat(groups.get("feeds_groups").get(0).get("feed_ids").asText()).isEqualTo(Long.toString(f.alpine.id()));

        JsonNode feeds = authed("feeds");
        assertThat(feeds.get("feeds")).hasSize(2);
        JsonNode alpine = feeds.get("feeds").get(0);
        assertThat(alpine.get("id").asLong()).isEqualTo(f.alpine.id());
        assertThat(alpine.get("title").asText()).isEqualTo("Alpine");
        assertThat(alpine.get("url").asText()).isEqualTo("https://alpine.example/feed");
        assertThat(alpine.get("site_url").asText()).isEqualTo("https://alpine.example/");
        assertThat(alpine.get("is_spark").asInt()).isZero();
        assertThat(feeds.has("feeds_groups")).isTrue();

        assertThat(authed("favicons").get("favicons").isArray()).isTrue();
        assertThat(authed("links").get("links").isArray()).isTrue();
    }

    @Test
    void itemsPageBySinceIdAndMaxIdAndAreFetchedByIds() throws Exception {
        JsonNode latest = authed("items");
        assertThat(latest.get("total_items").asLong()).isEqualTo(4);
        List<Long> newestFirst = new ArrayList<>();
        latest.get("items").forEach(i -> newestFirst.add(i.get("id").asLong()));
        assertThat(newestFirst).containsExactly(f.b1, f.a3, f.a2, f.a1);

        JsonNode since = authed("items&since_id=" + f.a1);
        List<Long> after = new ArrayList<>();
        since.get("items").forEach(i -> after.add(i.get("id").asLong()));
        assertThat(after).containsExactly(f.a2, f.a3, f.b1);

        JsonNode before = authed("items&max_id=" + f.a3);
        assertThat(before.get("items")).extracting(i -> i.get("id").asLong()).containsExactly(f.a2, f.a1);

        JsonNode some = authed("items&with_ids=" + f.a2 + "," + f.b1 + ",999999");
        assertThat(some.get("items")).extracting(i -> i.get("id").asLong()).containsExactly(f.a2, f.b1);
        JsonNode item = some.get("items").get(0);
        assertThat(item.get("feed_id").asLong()).isEqualTo(f.alpine.id());
        assertThat(item.get("title").asText()).isEqualTo("Pass reopens");
        assertThat(item.get("author").asText()).isEqualTo("Ada Writer");
        assertThat(item.get("html").asText()).contains("The full body of Pass reopens.");
        assertThat(item.get("url").asText()).isEqualTo("https://news.example/a2");
        assertThat(item.get("is_read").asInt()).isZero();
        assertThat(item.get("is_saved").asInt()).isZero();
        assertThat(item.get("created_on_time").asLong())
                .isBetween(
                        Instant.now().getEpochSecond() - 3 * 3600 - 60,
                        Instant.now().getEpochSecond());
    }

    @Test
    void atMostFiftyItemsACall() throws Exception {
        for (int i = 0; i < 60; i++) {
            f.web.article(f.bay, "many" + i, "Story " + i, java.time.Duration.ofMinutes(i));
        }
        assertThat(authed("items").get("items")).hasSize(50);
        assertThat(authed("items&since_id=0").get("items")).hasSize(50);
    }

    @Test
    void markingItemsReadAndSavedShowsInTheIdLists() throws Exception {
        assertThat(ids(authed("unread_item_ids").get("unread_item_ids")))
                .containsExactlyInAnyOrder(f.a1, f.a2, f.a3, f.b1);
        assertThat(ids(authed("saved_item_ids").get("saved_item_ids"))).isEmpty();

        authed("mark=item&as=read&id=" + f.a2);
        authed("mark=item&as=saved&id=" + f.a3);
        assertThat(ids(authed("unread_item_ids").get("unread_item_ids"))).containsExactlyInAnyOrder(f.a1, f.a3, f.b1);
        assertThat(ids(authed("saved_item_ids").get("saved_item_ids"))).containsExactly(f.a3);
        JsonNode item = authed("items&with_ids=" + f.a2 + "," + f.a3).get("items");
        assertThat(item.get(0).get("is_read").asInt()).isEqualTo(1);
        assertThat(item.get(1).get("is_saved").asInt()).isEqualTo(1);

        authed("mark=item&as=unread&id=" + f.a2);
        authed("mark=item&as=unsaved&id=" + f.a3);
        assertThat(ids(authed("unread_item_ids").get("unread_item_ids"))).hasSize(4);
        assertThat(ids(authed("saved_item_ids").get("saved_item_ids"))).isEmpty();
        // Another account's state is its own.
        assertThat(f.web.db.reading().states(f.alice.id() + 1000, List.of(f.a2)))
                .isEmpty();
    }

    @Test
    void markingAFeedOrGroupReadStopsAtBefore() throws Exception {
        long twoHoursAgo = Instant.now().getEpochSecond() - 2 * 3600 + 30;
        authed("mark=feed&as=read&id=" + f.alpine.id() + "&before=" + twoHoursAgo);
        assertThat(ids(authed("unread_item_ids").get("unread_item_ids"))).containsExactlyInAnyOrder(f.a3, f.b1);

        long groupId = authed("groups").get("groups").get(0).get("id").asLong();
        authed("mark=group&as=read&id=" + groupId + "&before=" + Instant.now().getEpochSecond());
        assertThat(ids(authed("unread_item_ids").get("unread_item_ids"))).containsExactly(f.b1);

        authed("mark=group&as=read&id=0&before=" + Instant.now().getEpochSecond());
        assertThat(ids(authed("unread_item_ids").get("unread_item_ids"))).isEmpty();
    }

    @Test
    void aSessionCookieOpensNothingAndOtherFormsStillNeedTheirToken() throws Exception {
        var browser = f.web.browser();
        browser.logIn("alice", SyncFixture.PASSWORD);
        HttpResponse<String> withCookieOnly = browser.postRaw("/fever/?api&items", "");
        assertThat(json(withCookieOnly).get("auth").asInt()).isZero();
        // The exemption is for the sync addresses only: a site form without its token is still refused.
        assertThat(browser.postRaw("/account/app-passwords", "label=x").statusCode())
                .isEqualTo(403);
        assertThat(browser.postRaw("/feverish", "api_key=" + f.feverKey()).statusCode())
                .isEqualTo(403);
    }
}
