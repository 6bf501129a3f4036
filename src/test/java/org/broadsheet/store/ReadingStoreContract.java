package org.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** App passwords, read and starred state, follows and item queries: the same behaviour on every database. */
abstract class ReadingStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    Database db;
    Account alice;
    Account bob;
    Source planet;
    Source river;
    /** Planet's articles at T0, T0+1h, T0+2h; river's at T0+30min. */
    long p1, p2, p3, r1;

    abstract String jdbcUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(jdbcUrl());
        planet = db.sources().add(NewSource.of("Planet", URI.create("https://planet.example/feed")));
        river = db.sources().add(NewSource.of("River", URI.create("https://river.example/feed")));
        p1 = article(planet, "p1", T0);
        p2 = article(planet, "p2", T0.plus(Duration.ofHours(1)));
        p3 = article(planet, "p3", T0.plus(Duration.ofHours(2)));
        r1 = article(river, "r1", T0.plus(Duration.ofMinutes(30)));
        alice = db.accounts().create("alice", "$argon2id$fake", Role.READER, T0);
        bob = db.accounts().create("bob", "$argon2id$fake", Role.READER, T0);
    }

    @AfterEach
    void close() {
        if (db != null) { // null when the set-up skipped the test (no PostgreSQL configured)
            db.close();
        }
    }

    private long article(Source source, String guid, Instant published) {
        return db.articles()
                .upsert(new ArticleDraft(
                        source.id(),
                        URI.create(source.feedUrl().resolve("/" + guid).toString()),
                        null,
                        guid,
                        "Article " + guid,
                        null,
                        published,
                        null,
                        published,
                        "en",
                        "text",
                        "<p>text</p>",
                        "text",
                        null,
                        1,
                        "h" + guid))
                .id();
    }

    private List<Long> ids(ItemQuery query) {
        return db.reading().items(query).stream().map(ReadingStore.Item::id).toList();
    }

    @Test
    void appPasswordsAreFoundByEachOfTheirHashesUntilRevoked() {
        AppPasswordStore store = db.accounts().appPasswords();
        AppPassword made = store.create(alice.id(), "Reeder", "secret-hash", "fever-key", "reader-hash", T0);
        store.create(bob.id(), "Other", "secret-hash-2", "fever-key-2", "reader-hash-2", T0);

        assertThat(store.findBySecret("ALICE", "secret-hash", T0))
                .hasValueSatisfying(u -> assertThat(u.appPasswordId()).isEqualTo(made.id()));
        assertThat(store.findBySecret("bob", "secret-hash", T0)).isEmpty();
        assertThat(store.findByFeverKey("fever-key", T0).orElseThrow().account().username())
                .isEqualTo("alice");
        assertThat(store.findByReaderToken("reader-hash", T0)
                        .orElseThrow()
                        .account()
                        .id())
                .isEqualTo(alice.id());
        assertThat(store.list(alice.id())).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("Reeder");
            assertThat(p.lastUsed()).isEqualTo(T0);
        });

        assertThat(store.revoke(bob.id(), made.id())).isFalse();
        assertThat(store.revoke(alice.id(), made.id())).isTrue();
        assertThat(store.findByFeverKey("fever-key", T0)).isEmpty();
        assertThat(store.findByReaderToken("reader-hash", T0)).isEmpty();
        assertThat(store.revokeAll(bob.id())).isEqualTo(1);
        assertThat(store.findByFeverKey("fever-key-2", T0)).isEmpty();
    }

    @Test
    void readAndStarredStateIsPerAccount() {
        ReadingStore reading = db.reading();
        reading.setRead(alice.id(), List.of(p1, r1, 999_999L), true, T0);
        reading.setStarred(alice.id(), List.of(p1), true, T0);
        reading.setRead(alice.id(), List.of(r1), false, T0);

        assertThat(reading.states(alice.id(), List.of(p1, p2, r1)))
                .isEqualTo(Map.of(
                        p1, new ReadingStore.State(true, true),
                        r1, new ReadingStore.State(false, false)));
        assertThat(reading.states(bob.id(), List.of(p1, p2, r1))).isEmpty();

        assertThat(ids(ItemQuery.of(alice.id()).withFilter(ItemQuery.Filter.UNREAD)))
                .containsExactly(p3, p2, r1);
        assertThat(ids(ItemQuery.of(alice.id()).withFilter(ItemQuery.Filter.STARRED)))
                .containsExactly(p1);
        assertThat(ids(ItemQuery.of(alice.id()).withFilter(ItemQuery.Filter.READ)))
                .containsExactly(p1);
        assertThat(ids(ItemQuery.of(bob.id()).withFilter(ItemQuery.Filter.UNREAD)))
                .containsExactly(p3, p2, r1, p1);
        assertThat(reading.unreadCounts(alice.id()))
                .containsExactly(
                        new ReadingStore.Unread(planet.id(), 2, T0.plus(Duration.ofHours(2))),
                        new ReadingStore.Unread(river.id(), 1, T0.plus(Duration.ofMinutes(30))));
    }

    @Test
    void queriesPageByTimeAndById() {
        ItemQuery all = ItemQuery.of(alice.id());
        assertThat(ids(all)).containsExactly(p3, p2, r1, p1);
        assertThat(ids(all.withOrder(ItemQuery.Order.OLDEST))).containsExactly(p1, r1, p2, p3);
        List<ReadingStore.Item> first = db.reading().items(all.withLimit(2));
        assertThat(ids(all.withAfter(first.get(1).cursor()))).containsExactly(r1, p1);
        assertThat(ids(all.withOrder(ItemQuery.Order.OLDEST).withAfter(new ArticleCursor(T0, p1))))
                .containsExactly(r1, p2, p3);
        assertThat(ids(all.withTimes(T0.plus(Duration.ofMinutes(30)), T0.plus(Duration.ofHours(2)))))
                .containsExactly(p2, r1);
        assertThat(ids(all.withIds(p1, 0)
                        .withOrder(ItemQuery.Order.ID_ASCENDING)
                        .withLimit(2)))
                .containsExactly(p2, p3);
        assertThat(ids(all.withIds(0, p3).withOrder(ItemQuery.Order.ID_DESCENDING)))
                .containsExactly(p2, p1);
        assertThat(ids(all.withSources(Set.of(river.id())))).containsExactly(r1);
        assertThat(ids(all.withSources(Set.of()))).isEmpty();
    }

    @Test
    void markingAllReadStopsAtTheTimeGiven() {
        ReadingStore reading = db.reading();
        reading.markAllRead(alice.id(), List.of(planet.id()), false, T0.plus(Duration.ofHours(1)), T0);
        assertThat(ids(ItemQuery.of(alice.id()).withExcludeRead(true))).containsExactly(p3, r1);
        reading.markAllRead(alice.id(), List.of(), true, T0.plus(Duration.ofDays(1)), T0);
        assertThat(ids(ItemQuery.of(alice.id()).withExcludeRead(true))).isEmpty();
        assertThat(ids(ItemQuery.of(bob.id()).withExcludeRead(true))).hasSize(4);
    }

    @Test
    void anAccountFollowsEverySourceUntilItUnfollowsOne() {
        ReadingStore reading = db.reading();
        reading.setFollowing(alice.id(), river.id(), false, T0);
        assertThat(reading.unfollowed(alice.id())).containsExactly(river.id());
        assertThat(ids(ItemQuery.of(alice.id()))).containsExactly(p3, p2, p1);
        assertThat(ids(ItemQuery.of(bob.id()))).containsExactly(p3, p2, r1, p1);
        reading.setFollowing(alice.id(), river.id(), true, T0);
        assertThat(reading.unfollowed(alice.id())).isEmpty();
        assertThat(ids(ItemQuery.of(alice.id()))).containsExactly(p3, p2, r1, p1);
    }
}
