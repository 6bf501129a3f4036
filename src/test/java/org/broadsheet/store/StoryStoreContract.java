package org.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The story store's behaviour on every database; subclasses say which database. */
abstract class StoryStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    Database db;
    String url;
    Source gb;
    Source de;

    abstract String jdbcUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        url = jdbcUrl();
        db = Database.open(url);
        gb = db.sources()
                .add(NewSource.of("Gazette", URI.create("https://gazette.example/feed"))
                        .withCountry("GB"));
        de = db.sources()
                .add(NewSource.of("Rheinblick", URI.create("https://rheinblick.example/feed"))
                        .withCountry("DE")
                        .withLanguage("de"));
    }

    @AfterEach
    void close() {
        if (db != null) { // null when the set-up skipped the test (no PostgreSQL configured)
            db.close();
        }
    }

    long article(Source source, String guid, int minutes, String language) {
        Instant published = T0.plusSeconds(60L * minutes);
        long id = db.articles()
                .upsert(new ArticleDraft(
                        source.id(),
                        URI.create("https://news.example/" + guid),
                        null,
                        guid,
                        "Title " + guid,
                        null,
                        published,
                        null,
                        published,
                        language,
                        "Text.",
                        "<p>Text.</p>",
                        "Text.",
                        null,
                        1,
                        "hash-" + guid))
                .id();
        db.embeddings().put(id, "model", "hash-" + guid, new float[] {1, 0}, T0);
        return id;
    }

    @Test
    void findsThePageStoriesOfSeveralOutletsAndTheirArticlesInOneQueryEach() {
        long a = article(gb, "a", 0, "en");
        long b = article(de, "b", 30, "de");
        long c = article(gb, "c", 60, "en");
        long lone = article(gb, "lone", 90, "en");
        long oneOutlet = article(gb, "d", 100, "en");
        long sameOutlet = article(gb, "e", 110, "en");
        long wide = db.stories().create(T0);
        db.stories().assign(wide, List.of(a, b, c), a, T0);
        long narrow = db.stories().create(T0);
        db.stories().assign(narrow, List.of(oneOutlet, sameOutlet), oneOutlet, T0);

        var byArticle = db.stories().byArticles(List.of(c, lone, oneOutlet), 2);
        assertThat(byArticle).containsOnlyKeys(c);
        assertThat(byArticle.get(c).id()).isEqualTo(wide);
        assertThat(byArticle.get(c).outletCount()).isEqualTo(2);
        assertThat(db.stories().byArticles(List.of(c, lone, oneOutlet), 1)).containsOnlyKeys(c, oneOutlet);
        assertThat(db.stories().byArticles(List.of(), 2)).isEmpty();

        assertThat(db.stories().memberships(List.of(wide, narrow)))
                .containsExactly(
                        new StoryStore.Membership(narrow, sameOutlet),
                        new StoryStore.Membership(narrow, oneOutlet),
                        new StoryStore.Membership(wide, c),
                        new StoryStore.Membership(wide, b),
                        new StoryStore.Membership(wide, a));
        assertThat(db.stories().memberships(List.of())).isEmpty();
    }

    @Test
    void assigningArticlesSummarisesTheStory() {
        long a = article(gb, "a", 0, "en");
        long b = article(de, "b", 30, "de");
        long c = article(gb, "c", 60, "en");
        long story = db.stories().create(T0);
        long before = db.version();
        db.stories().assign(story, List.of(a, b, c), b, T0);

        Story s = db.stories().find(story).orElseThrow();
        assertThat(db.version()).isGreaterThan(before);
        assertThat(s.headline()).isEqualTo("Title b");
        assertThat(s.representativeId()).isEqualTo(b);
        assertThat(s.firstSeen()).isEqualTo(T0);
        assertThat(s.lastSeen()).isEqualTo(T0.plusSeconds(3600));
        assertThat(s.articleCount()).isEqualTo(3);
        assertThat(s.outletCount()).isEqualTo(2);
        assertThat(s.countries()).containsExactly("DE", "GB");
        assertThat(s.languages()).containsExactly("de", "en");
        assertThat(db.stories().articleIds(story)).containsExactly(a, b, c);
        assertThat(db.stories().findByArticle(c)).map(Story::id).contains(story);
    }

    @Test
    void movingArticlesResummarisesBothStoriesAndMergedStoriesPointOnward() {
        long a = article(gb, "a", 0, "en");
        long b = article(de, "b", 30, "de");
        long first = db.stories().create(T0);
        long second = db.stories().create(T0);
        db.stories().assign(first, List.of(a), a, T0);
        db.stories().assign(second, List.of(b), b, T0);

        db.stories().assign(first, List.of(b), null, T0);
        db.stories().markMerged(second, first, T0);

        assertThat(db.stories().find(first).orElseThrow().articleCount()).isEqualTo(2);
        Story gone = db.stories().find(second).orElseThrow();
        assertThat(gone.articleCount()).isZero();
        assertThat(gone.representativeId()).isNull();
        assertThat(gone.mergedInto()).isEqualTo(first);
        assertThat(db.stories().candidates(T0.minusSeconds(60), T0.plusSeconds(3600), 10))
                .extracting(Story::id)
                .containsExactly(first);
    }

    @Test
    void removingASourceRecountsItsStoriesAndHidesThoseLeftEmpty() {
        long a = article(gb, "a", 0, "en");
        long b = article(de, "b", 30, "de");
        long c = article(de, "c", 60, "de");
        long mixed = db.stories().create(T0);
        long onlyDe = db.stories().create(T0);
        db.stories().assign(mixed, List.of(a, b), b, T0);
        db.stories().assign(onlyDe, List.of(c), c, T0);

        assertThat(db.sources().remove(de.id())).isTrue();

        Story left = db.stories().find(mixed).orElseThrow();
        assertThat(left.articleCount()).isEqualTo(1);
        assertThat(left.outletCount()).isEqualTo(1);
        assertThat(left.countries()).containsExactly("GB");
        assertThat(left.headline()).isEqualTo("Title a");
        assertThat(db.stories().articleIds(mixed)).containsExactly(a);
        assertThat(db.stories().find(onlyDe)).isEmpty();
        assertThat(db.stories().candidates(T0.minusSeconds(60), T0.plusSeconds(3600), 10))
                .extracting(Story::id)
                .containsExactly(mixed);
    }

    @Test
    void recountStaleFixesStoriesWhoseArticlesWentWithoutARecount() throws Exception {
        long a = article(gb, "a", 0, "en");
        long b = article(de, "b", 30, "de");
        long story = db.stories().create(T0);
        db.stories().assign(story, List.of(a, b), b, T0);
        // What an older version left behind: the articles deleted, the story's counts untouched.
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM article WHERE id IN (" + a + ", " + b + ")");
        }
        assertThat(db.stories().candidates(T0.minusSeconds(60), T0.plusSeconds(3600), 10))
                .extracting(Story::id)
                .containsExactly(story);

        assertThat(db.stories().recountStale(T0)).isEqualTo(1);

        assertThat(db.stories().find(story)).isEmpty();
        assertThat(db.stories().candidates(T0.minusSeconds(60), T0.plusSeconds(3600), 10))
                .isEmpty();
        assertThat(db.stories().recountStale(T0)).isZero();
    }

    @Test
    void unassignedListsEmbeddedArticlesWithoutAStoryInPublishedOrder() {
        long late = article(gb, "late", 90, "en");
        long early = article(gb, "early", 10, "en");
        db.articles()
                .upsert(new ArticleDraft(
                        gb.id(),
                        URI.create("https://news.example/plain"),
                        null,
                        "plain",
                        "No embedding",
                        null,
                        T0,
                        null,
                        T0,
                        "en",
                        "Text.",
                        "<p>Text.</p>",
                        "Text.",
                        null,
                        1,
                        "hash-plain"));
        assertThat(db.stories().unassigned("model", 10)).containsExactly(early, late);

        long story = db.stories().create(T0);
        db.stories().assign(story, List.of(early), early, T0);
        assertThat(db.stories().unassigned("model", 10)).containsExactly(late);
        assertThat(db.stories().memberships(T0.minusSeconds(60)))
                .containsExactly(new StoryStore.Membership(story, early));
    }

    @Test
    void candidatesCountRecentGrowth() {
        long old = article(gb, "old", 0, "en");
        long recent = article(de, "new", 600, "de");
        long story = db.stories().create(T0);
        db.stories().assign(story, List.of(old, recent), old, T0);
        Instant now = T0.plusSeconds(60L * 601);
        Story s = db.stories().candidates(now.minusSeconds(86400), now, 5).getFirst();
        assertThat(s.recentArticles()).isEqualTo(1);
    }
}
