package org.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every database must show; subclasses say which database. */
abstract class StoreContract {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    Database db;

    abstract String jdbcUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(jdbcUrl());
    }

    @AfterEach
    void close() {
        if (db != null) { // null when the set-up skipped the test (no PostgreSQL configured)
            db.close();
        }
    }

    Source source(String name) {
        return db.sources()
                .add(NewSource.of(name, URI.create("https://" + name.toLowerCase() + ".example/feed.xml"))
                        .withCountry("GB")
                        .withLanguage("en"));
    }

    static ArticleDraft draft(long sourceId, String guid, String title, Instant published) {
        return new ArticleDraft(
                sourceId,
                URI.create("https://news.example/" + guid),
                null,
                guid,
                title,
                "By A. Writer",
                published,
                null,
                published.plusSeconds(60),
                "en",
                "First paragraph.\n\nSecond paragraph.",
                "<p>First paragraph.</p><p>Second paragraph.</p>",
                "First paragraph.",
                URI.create("https://news.example/img/" + guid + ".jpg"),
                4,
                "hash-" + title,
                null);
    }

    @Test
    void addsAndFindsSourcesWithHealthUnpolled() {
        Source added = db.sources()
                .add(NewSource.of("Daily Planet", URI.create("https://planet.example/rss"))
                        .withHomepage(URI.create("https://planet.example/"))
                        .withCountry("US")
                        .withLanguage("en")
                        .withDisplay(DisplayPolicy.EXCERPT)
                        .withPollInterval(Duration.ofMinutes(30)));

        Source found = db.sources().expect(added.id());
        assertThat(found.name()).isEqualTo("Daily Planet");
        assertThat(found.homepage()).isEqualTo(URI.create("https://planet.example/"));
        assertThat(found.display()).isEqualTo(DisplayPolicy.EXCERPT);
        assertThat(found.pollInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(found.paused()).isFalse();
        assertThat(found.health().lastAttempt()).isNull();
        assertThat(found.health().consecutiveFailures()).isZero();
        assertThat(db.sources().findByFeedUrl(URI.create("https://planet.example/rss")))
                .contains(found);
    }

    @Test
    void keepsTheCategoryPathAndNoneWhenNotGiven() {
        Source filed = db.sources()
                .add(NewSource.of("Le Monde", URI.create("https://lemonde.example/rss"))
                        .withCategory(" World / Europe /"));
        Source loose = source("Loose");

        assertThat(db.sources().expect(filed.id()).category()).isEqualTo("World/Europe");
        assertThat(db.sources().findByFeedUrl(URI.create("https://lemonde.example/rss")))
                .map(Source::category)
                .contains("World/Europe");
        assertThat(db.sources().expect(loose.id()).category()).isNull();
        assertThat(NewSource.of("Blank", URI.create("https://blank.example/rss"))
                        .withCategory(" / ")
                        .category())
                .isNull();
    }

    @Test
    void rejectsDuplicateFeedUrl() {
        source("Herald");
        assertThatThrownBy(() -> source("Herald")).isInstanceOf(DuplicateSourceException.class);
        assertThat(db.sources().all()).hasSize(1);
    }

    @Test
    void recordsFailuresThenSuccess() {
        Source s = source("Courier");
        Instant next = T0.plus(1, ChronoUnit.HOURS);
        db.sources().recordFailure(s.id(), T0, "HTTP_503", "Service Unavailable", next);
        db.sources().recordFailure(s.id(), T0.plusSeconds(5), "TIMEOUT", "timed out", next);

        SourceHealth failing = db.sources().expect(s.id()).health();
        assertThat(failing.consecutiveFailures()).isEqualTo(2);
        assertThat(failing.lastErrorCode()).isEqualTo("TIMEOUT");
        assertThat(failing.lastSuccess()).isNull();
        assertThat(failing.nextPoll()).isEqualTo(next);

        db.sources().recordSuccess(s.id(), T0.plusSeconds(10), "\"abc\"", "Fri, 20 Nov 2026 10:00:00 GMT", next);
        Source ok = db.sources().expect(s.id());
        assertThat(ok.health().consecutiveFailures()).isZero();
        assertThat(ok.health().lastErrorCode()).isNull();
        assertThat(ok.health().lastSuccess()).isEqualTo(T0.plusSeconds(10));
        assertThat(ok.etag()).isEqualTo("\"abc\"");
    }

    @Test
    void dueListsActiveSourcesWhoseTimeHasCome() {
        Source a = source("Alpha");
        Source b = source("Beta");
        Source c = source("Gamma");
        Instant now = Instant.now();
        db.sources().recordSuccess(a.id(), now, null, null, now.plusSeconds(600));
        db.sources().setPaused(c.id(), true);

        assertThat(db.sources().due(now.plusSeconds(1))).extracting(Source::id).containsExactly(b.id());
        assertThat(db.sources().due(now.plusSeconds(601)))
                .extracting(Source::id)
                .containsExactly(b.id(), a.id());
    }

    @Test
    void storingTheSameEntryTwiceMakesOneRow() {
        Source s = source("Echo");
        UpsertOutcome first = db.articles().upsert(draft(s.id(), "g1", "Title", T0));
        UpsertOutcome second = db.articles().upsert(draft(s.id(), "g1", "Title", T0));

        assertThat(first.kind()).isEqualTo(UpsertOutcome.Kind.INSERTED);
        assertThat(second).isEqualTo(new UpsertOutcome(first.id(), UpsertOutcome.Kind.UNCHANGED));
        assertThat(db.articles().count()).isEqualTo(1);
    }

    @Test
    void updatedEntryUpdatesItsArticle() {
        Source s = source("Echo");
        long id = db.articles().upsert(draft(s.id(), "g1", "Old title", T0)).id();
        UpsertOutcome outcome = db.articles().upsert(draft(s.id(), "g1", "New title", T0));

        assertThat(outcome).isEqualTo(new UpsertOutcome(id, UpsertOutcome.Kind.UPDATED));
        assertThat(db.articles().find(id).orElseThrow().title()).isEqualTo("New title");
        assertThat(db.articles().count()).isEqualTo(1);
    }

    @Test
    void sameUrlWithAnotherGuidIsTheSameArticle() {
        Source s = source("Echo");
        ArticleDraft original = draft(s.id(), "g1", "Title", T0);
        long id = db.articles().upsert(original).id();
        ArticleDraft renamed = new ArticleDraft(
                s.id(),
                original.url(),
                null,
                "guid-changed",
                "Title",
                null,
                T0,
                null,
                T0,
                "en",
                "text",
                "<p>text</p>",
                "text",
                null,
                1,
                "other-hash",
                null);

        assertThat(db.articles().upsert(renamed).id()).isEqualTo(id);
        assertThat(db.articles().count()).isEqualTo(1);
        assertThat(db.articles().findByEntry(s.id(), "guid-changed", original.url()))
                .map(Article::id)
                .contains(id);
        assertThat(db.articles().findByEntry(s.id(), "unknown", URI.create("https://other.example/")))
                .isEmpty();
    }

    private static ArticleDraft moved(ArticleDraft d, String guid, String url, @Nullable String canonical, int words) {
        return new ArticleDraft(
                d.sourceId(),
                URI.create(url),
                canonical == null ? null : URI.create(canonical),
                guid,
                d.title(),
                d.byline(),
                d.published(),
                d.updated(),
                d.fetched(),
                d.language(),
                d.text(),
                d.html(),
                d.excerpt(),
                d.image(),
                words,
                d.contentHash());
    }

    @Test
    void anotherGuidAndUrlWithTheSameCanonicalUrlIsTheSameArticle() {
        Source s = source("Echo");
        ArticleDraft first = moved(
                draft(s.id(), "g1", "Title", T0), "g1", "https://news.example/a?from=rss", "https://news.example/a", 4);
        long id = db.articles().upsert(first).id();
        ArticleDraft amp = moved(
                draft(s.id(), "g2", "Title, edited", T0),
                "g2",
                "https://news.example/amp/a",
                "https://news.example/a",
                4);
        ArticleDraft linksToTheFirstUrl = moved(
                draft(s.id(), "g3", "Title", T0),
                "g3",
                "https://m.news.example/a",
                "https://news.example/amp/a", // the article's current URL, not its canonical one
                4);

        assertThat(db.articles().upsert(amp)).isEqualTo(new UpsertOutcome(id, UpsertOutcome.Kind.UPDATED));
        assertThat(db.articles().upsert(linksToTheFirstUrl).id()).isEqualTo(id);
        assertThat(db.articles().count()).isEqualTo(1);
        assertThat(db.articles().find(id).orElseThrow().guid()).isEqualTo("g3");
    }

    @Test
    void aSitesRootAsCanonicalUrlDoesNotMergeArticles() {
        Source s = source("Echo");
        db.articles()
                .upsert(moved(
                        draft(s.id(), "g1", "One", T0), "g1", "https://news.example/1", "https://news.example/", 4));
        db.articles()
                .upsert(moved(
                        draft(s.id(), "g2", "Two", T0), "g2", "https://news.example/2", "https://news.example/", 4));

        assertThat(db.articles().count()).isEqualTo(2);
    }

    @Test
    void anotherGuidAndUrlWithTheSameLongContentIsTheSameArticle() {
        Source s = source("Echo");
        long id = db.articles()
                .upsert(moved(draft(s.id(), "g1", "Title", T0), "g1", "https://news.example/1", null, 120))
                .id();

        UpsertOutcome again = db.articles()
                .upsert(moved(draft(s.id(), "g2", "Title", T0), "g2", "https://news.example/2", null, 120));

        assertThat(again.id()).isEqualTo(id);
        assertThat(db.articles().count()).isEqualTo(1);
    }

    @Test
    void shortArticlesWithTheSameContentStayApart() {
        Source s = source("Echo");
        db.articles().upsert(moved(draft(s.id(), "g1", "Crossword", T0), "g1", "https://news.example/1", null, 4));
        db.articles().upsert(moved(draft(s.id(), "g2", "Crossword", T0), "g2", "https://news.example/2", null, 4));

        assertThat(db.articles().count()).isEqualTo(2);
    }

    @Test
    void roundTripsEveryField() {
        Source s = source("Echo");
        ArticleDraft d = draft(s.id(), "g1", "Title", T0);
        Article a = db.articles().find(db.articles().upsert(d).id()).orElseThrow();

        assertThat(a.sourceId()).isEqualTo(s.id());
        assertThat(a.url()).isEqualTo(d.url());
        assertThat(a.guid()).isEqualTo("g1");
        assertThat(a.byline()).isEqualTo("By A. Writer");
        assertThat(a.published()).isEqualTo(T0);
        assertThat(a.updated()).isNull();
        assertThat(a.fetched()).isEqualTo(d.fetched());
        assertThat(a.text()).isEqualTo(d.text());
        assertThat(a.html()).isEqualTo(d.html());
        assertThat(a.image()).isEqualTo(d.image());
        assertThat(a.wordCount()).isEqualTo(4);
        assertThat(a.contentHash()).isEqualTo(d.contentHash());
    }

    @Test
    void listsNewestFirstAndPagesWithoutGapsOrRepeats() {
        Source a = source("Alpha");
        Source b = source("Beta");
        for (int i = 0; i < 25; i++) {
            // Pairs of articles share a time so that the id breaks ties.
            Instant published = T0.plus(i / 2, ChronoUnit.MINUTES);
            db.articles().upsert(draft(i % 2 == 0 ? a.id() : b.id(), "g" + i, "T" + i, published));
        }

        List<Article> seen = new ArrayList<>();
        ArticleCursor cursor = null;
        do {
            List<Article> page = db.articles().list(ArticleQuery.latest(7).after(cursor));
            seen.addAll(page);
            cursor = page.size() == 7 ? ArticleCursor.after(page.get(6)) : null;
        } while (cursor != null);

        assertThat(seen).hasSize(25);
        assertThat(seen).extracting(Article::guid).doesNotHaveDuplicates();
        for (int i = 1; i < seen.size(); i++) {
            Article prev = seen.get(i - 1);
            Article cur = seen.get(i);
            assertThat(prev.sortTime()).isAfterOrEqualTo(cur.sortTime());
            if (prev.sortTime().equals(cur.sortTime())) {
                assertThat(prev.id()).isGreaterThan(cur.id());
            }
        }
        assertThat(db.articles().list(ArticleQuery.latest(100).fromSource(b.id())))
                .hasSize(12)
                .allMatch(x -> x.sourceId() == b.id());
    }

    @Test
    void storesAndClearsASourcesContentRule() {
        Source source = source("Rules");
        assertThat(db.sources().contentRule(source.id())).isEmpty();
        assertThat(db.sources().setContentRule(source.id(), "article .body")).isTrue();
        assertThat(db.sources().contentRule(source.id())).contains("article .body");
        assertThat(db.sources().setContentRule(source.id(), null)).isTrue();
        assertThat(db.sources().contentRule(source.id())).isEmpty();
        assertThat(db.sources().setContentRule(source.id() + 1000, "p")).isFalse();
    }

    @Test
    void keepsTheContentFlagAndUpdatesWhenOnlyTheFlagChanges() {
        Source source = source("Flags");
        Instant at = Instant.parse("2024-05-01T10:00:00Z");
        ArticleDraft plain = draft(source.id(), "g-flag", "Flagged", at);
        long id = db.articles().upsert(plain).id();
        assertThat(db.articles().find(id).orElseThrow().contentFlag()).isNull();
        ArticleDraft flagged = withFlag(plain, ContentFlag.PAYWALLED);
        assertThat(db.articles().upsert(flagged).kind()).isEqualTo(UpsertOutcome.Kind.UPDATED);
        assertThat(db.articles().find(id).orElseThrow().contentFlag()).isEqualTo(ContentFlag.PAYWALLED);
        assertThat(db.articles().upsert(flagged).kind()).isEqualTo(UpsertOutcome.Kind.UNCHANGED);
    }

    private static ArticleDraft withFlag(ArticleDraft d, ContentFlag flag) {
        return new ArticleDraft(
                d.sourceId(),
                d.url(),
                d.canonicalUrl(),
                d.guid(),
                d.title(),
                d.byline(),
                d.published(),
                d.updated(),
                d.fetched(),
                d.language(),
                d.text(),
                d.html(),
                d.excerpt(),
                d.image(),
                d.wordCount(),
                d.contentHash(),
                flag);
    }

    @Test
    void aPollsDraftsAreStoredTogetherAndARefusedOneLosesNothingElse() {
        Source s = source("Echo");
        long before = db.version();
        long goneSource = s.id() + 1000; // as if the source were removed while its poll ran

        List<DraftResult> results = db.articles()
                .upsertAll(List.of(
                        draft(s.id(), "g1", "First", T0),
                        draft(goneSource, "g2", "Orphan", T0),
                        draft(s.id(), "g3", "Third", T0),
                        draft(s.id(), "g1", "First, corrected", T0)));

        assertThat(results).hasSize(4);
        UpsertOutcome first = stored(results.get(0));
        assertThat(first.kind()).isEqualTo(UpsertOutcome.Kind.INSERTED);
        assertThat(results.get(1)).isInstanceOf(DraftResult.Failed.class);
        assertThat(stored(results.get(2)).kind()).isEqualTo(UpsertOutcome.Kind.INSERTED);
        assertThat(stored(results.get(3))).isEqualTo(new UpsertOutcome(first.id(), UpsertOutcome.Kind.UPDATED));
        assertThat(db.articles().count()).isEqualTo(2);
        assertThat(db.articles().find(first.id()).orElseThrow().title()).isEqualTo("First, corrected");
        assertThat(db.version()).isGreaterThan(before);
        assertThat(db.articles().upsertAll(List.of())).isEmpty();
    }

    @Test
    void aBatchThatChangesNothingLeavesTheVersionAlone() {
        Source s = source("Echo");
        db.articles().upsertAll(List.of(draft(s.id(), "g1", "Title", T0), draft(s.id(), "g2", "Other", T0)));
        long after = db.version();

        List<DraftResult> again =
                db.articles().upsertAll(List.of(draft(s.id(), "g1", "Title", T0), draft(s.id(), "g2", "Other", T0)));

        assertThat(again).extracting(r -> stored(r).kind()).containsOnly(UpsertOutcome.Kind.UNCHANGED);
        assertThat(db.version()).isEqualTo(after);
    }

    @Test
    void removingASourceRemovesItsArticles() {
        Source a = source("Alpha");
        Source b = source("Beta");
        db.articles().upsert(draft(a.id(), "g1", "T", T0));
        db.articles().upsert(draft(b.id(), "g2", "T", T0));

        assertThat(db.sources().remove(a.id())).isTrue();
        assertThat(db.sources().remove(a.id())).isFalse();
        assertThat(db.articles().count()).isEqualTo(1);
        assertThat(db.articles().countBySource(b.id())).isEqualTo(1);
    }

    @Test
    void versionGrowsOnChanges() {
        long before = db.version();
        Source s = source("Echo");
        db.articles().upsert(draft(s.id(), "g1", "Title", T0));
        long after = db.version();
        db.articles().upsert(draft(s.id(), "g1", "Title", T0));

        assertThat(after).isGreaterThan(before);
        assertThat(db.version()).isEqualTo(after);
    }

    @Test
    void movesFeedAfterPermanentRedirect() {
        Source s = source("Echo");
        db.sources().moveFeed(s.id(), URI.create("https://new.example/feed"));
        assertThat(db.sources().expect(s.id()).feedUrl()).isEqualTo(URI.create("https://new.example/feed"));
    }

    @Test
    void pagingStaysConsistentAfterAnUpdateMovesThePublicationTime() {
        Source s = source("Echo");
        for (int i = 0; i < 6; i++) {
            db.articles().upsert(draft(s.id(), "g" + i, "T" + i, T0.plus(i, ChronoUnit.MINUTES)));
        }
        // The oldest article's publication time is corrected to be the newest.
        ArticleDraft old = draft(s.id(), "g0", "T0 corrected", T0.plus(1, ChronoUnit.HOURS));
        db.articles().upsert(old);

        List<Article> seen = new ArrayList<>();
        ArticleCursor cursor = null;
        do {
            List<Article> page = db.articles().list(ArticleQuery.latest(2).after(cursor));
            seen.addAll(page);
            cursor = page.size() == 2 ? ArticleCursor.after(page.get(1)) : null;
        } while (cursor != null);

        assertThat(seen).extracting(Article::guid).containsExactly("g0", "g5", "g4", "g3", "g2", "g1");
    }

    @Test
    void embeddingsRoundTripAndAreRedoneOnlyWhenContentChanges() {
        Source s = source("Echo");
        long a = db.articles().upsert(draft(s.id(), "g1", "Title", T0)).id();
        long b = db.articles().upsert(draft(s.id(), "g2", "Other", T0)).id();
        assertThat(db.embeddings().pending("m", 0, 10))
                .extracting(EmbeddingStore.Pending::articleId)
                .containsExactly(a, b);

        float[] vector = {0.5f, -1.25f, Float.MIN_VALUE, 3e30f};
        String hash = db.articles().find(a).orElseThrow().contentHash();
        db.embeddings().put(a, "m", hash, vector, T0);
        db.embeddings().put(a, "m", hash, vector, T0); // replacing is allowed
        assertThat(db.embeddings().find(a, "m"))
                .hasValueSatisfying(v -> assertThat(v).containsExactly(vector));
        assertThat(db.embeddings().find(a, "other-model")).isEmpty();
        assertThat(db.embeddings().findAll(List.of(a, b), "m")).containsOnlyKeys(a);
        assertThat(db.embeddings().pending("m", 0, 10))
                .extracting(EmbeddingStore.Pending::articleId)
                .containsExactly(b);
        assertThat(db.embeddings().pending("other-model", 0, 10)).hasSize(2);
        assertThat(db.embeddings().pending("m", b, 10)).isEmpty();

        // An edit changes the content hash, so the vector is stale.
        ArticleDraft edited = draft(s.id(), "g1", "Title, corrected", T0);
        db.articles().upsert(edited);
        assertThat(db.embeddings().pending("m", 0, 10))
                .extracting(EmbeddingStore.Pending::articleId)
                .containsExactly(a, b);
        assertThat(db.embeddings().count("m")).isEqualTo(1);

        // Removing the source removes its articles' vectors.
        db.sources().remove(s.id());
        assertThat(db.embeddings().count("m")).isZero();
    }

    @Test
    void summariesAreFoundOnlyForTheVersionTheyWereComputedFrom() {
        Source s = source("Foxtrot");
        long a = db.articles().upsert(draft(s.id(), "g1", "Title", T0)).id();
        String hash = db.articles().find(a).orElseThrow().contentHash();
        assertThat(db.summaries().find(a, hash, "m")).isEmpty();
        assertThat(db.summaries().putVectors(a, hash, "m", List.of(new float[] {1f})))
                .as("no vectors without a summary")
                .isFalse();

        long before = db.version();
        db.summaries().putSummary(a, hash, "{\"tldr\":\"x\"}", T0);
        db.summaries().putSummary(a, hash, "{\"tldr\":\"y\"}", T0); // replacing is allowed
        assertThat(db.version())
                .as("a summary does not make cached pages stale")
                .isEqualTo(before);
        assertThat(db.summaries().find(a, hash, "m")).hasValueSatisfying(e -> {
            assertThat(e.summary()).isEqualTo("{\"tldr\":\"y\"}");
            assertThat(e.vectors()).isEmpty();
        });

        float[] first = {0.5f, -0.25f, 0.125f};
        float[] second = {0.0f, 1.0f, -1.0f};
        assertThat(db.summaries().putVectors(a, hash, "m", List.of(first, second)))
                .isTrue();
        assertThat(db.summaries().find(a, hash, "m").orElseThrow().vectors())
                .satisfiesExactly(
                        v -> assertThat(v).containsExactly(first),
                        v -> assertThat(v).containsExactly(second));
        assertThat(db.summaries().find(a, hash, "other-model").orElseThrow().vectors())
                .isEmpty();
        assertThat(db.summaries().find(a, "another-hash", "m")).isEmpty();

        // A new version replaces the old one's summary and vectors.
        db.summaries().putSummary(a, "new-hash", "{}", T0);
        assertThat(db.summaries().find(a, hash, "m")).isEmpty();
        assertThat(db.summaries().find(a, "new-hash", "m").orElseThrow().vectors())
                .isEmpty();
        assertThat(db.summaries().count()).isEqualTo(1);

        db.sources().remove(s.id());
        assertThat(db.summaries().count()).isZero();
    }

    @Test
    void listsVersionsInIdOrderAndFindsArticlesByIds() {
        Source s = source("Foxtrot");
        long a = db.articles().upsert(draft(s.id(), "g1", "One", T0)).id();
        long b = db.articles().upsert(draft(s.id(), "g2", "Two", T0)).id();
        long c = db.articles().upsert(draft(s.id(), "g3", "Three", T0)).id();
        assertThat(db.articles().versions(0, 10))
                .extracting(ArticleStore.Version::id)
                .containsExactly(a, b, c);
        assertThat(db.articles().versions(a, 1))
                .extracting(ArticleStore.Version::id)
                .containsExactly(b);
        assertThat(db.articles().versions(0, 10).getFirst().contentHash())
                .isEqualTo(db.articles().find(a).orElseThrow().contentHash());
        assertThat(db.articles().findAll(List.of(c, a, 999_999L)))
                .extracting(Article::id)
                .containsExactly(a, c);
        assertThat(db.articles().findAll(List.of())).isEmpty();
    }

    private static UpsertOutcome stored(DraftResult result) {
        assertThat(result).isInstanceOf(DraftResult.Stored.class);
        return ((DraftResult.Stored) result).outcome();
    }
}
