package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.broadsheet.ai.Embedder;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Database;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentTest {
    @TempDir
    Path dir;

    @Test
    void embedsEachArticleOnceAndIndexesIt() throws Exception {
        try (EnrichmentFixture f = new EnrichmentFixture(dir)) {
            Source s = f.source("Harbour Gazette", "GB", "en");
            for (int i = 0; i < 10; i++) {
                f.article(s, "a" + i, "Storm number " + i + " reaches the coast", "Winds and rain, story " + i + ".");
            }
            Enrichment.Progress first = f.enrichment.catchUp();
            assertThat(first.embedded()).isEqualTo(10);
            assertThat(f.index.count()).isEqualTo(10);
            assertThat(f.db.embeddings().count(Embedder.MODEL)).isEqualTo(10);

            Enrichment.Progress again = f.enrichment.catchUp();
            assertThat(again.embedded()).isZero();
            assertThat(again.indexed()).isZero();
            assertThat(f.db.embeddings().count(Embedder.MODEL)).isEqualTo(10);
        }
    }

    @Test
    void anEditedArticleIsEmbeddedAndIndexedAgain() throws Exception {
        try (EnrichmentFixture f = new EnrichmentFixture(dir)) {
            Source s = f.source("Harbour Gazette", "GB", "en");
            long id = f.article(s, "a", "Council meets", "The council met on Monday.");
            f.article(s, "b", "Pier reopens", "The pier reopened after repairs.");
            f.enrichment.catchUp();
            f.article(s, "a", "Council meets", "The council met on Monday and approved the zebra crossing.");
            Enrichment.Progress p = f.enrichment.catchUp();
            assertThat(p.embedded()).isEqualTo(1);
            assertThat(p.indexed()).isEqualTo(1);
            assertThat(f.index.count()).isEqualTo(2);
            assertThat(f.index.search(SearchRequest.of("zebra", 10), null).hits())
                    .singleElement()
                    .extracting(h -> h.id())
                    .isEqualTo(id);
        }
    }

    /**
     * The state a crash leaves: the index is behind the database (articles added, one edited and an outlet removed
     * while nothing was indexed, and vectors stored for some new articles whose index entries were never committed).
     * Reconciling brings the index level: one entry per stored article, at its current content, and nothing else.
     */
    @Test
    void reconcileBringsAnIndexThatFellBehindLevelWithTheDatabase() throws Exception {
        Map<Long, String> expected;
        try (EnrichmentFixture f = new EnrichmentFixture(dir)) {
            Source a = f.source("Harbour Gazette", "GB", "en");
            Source b = f.source("Rheinblick", "DE", "de");
            for (int i = 0; i < 6; i++) {
                f.article(a, "a" + i, "Harbour story " + i, "Boats and tides, part " + i + ".");
                f.article(b, "b" + i, "Rheinblick Meldung " + i, "Der Fluss steigt, Teil " + i + ".");
            }
            f.enrichment.reconcile();
            assertThat(f.index.count()).isEqualTo(12);
        }
        try (Database db = Database.open(Database.sqliteUrl(dir))) {
            Source b = db.sources().all().stream()
                    .filter(s -> s.name().equals("Rheinblick"))
                    .findFirst()
                    .orElseThrow();
            db.sources().remove(b.id());
            assertThat(db.articles().count()).isEqualTo(6);
        }
        try (EnrichmentFixture f = new EnrichmentFixture(dir)) {
            Source a = f.db.sources().all().getFirst();
            assertThat(a.name()).isEqualTo("Harbour Gazette");
            long edited = f.article(a, "a0", "Harbour story 0", "Boats, tides and a new harbour master.");
            for (int i = 6; i < 10; i++) {
                long id = f.article(a, "a" + i, "Harbour story " + i, "Boats and tides, part " + i + ".");
                if (i < 8) {
                    // Embedded and stored before the crash, but never indexed.
                    f.db.embeddings()
                            .put(
                                    id,
                                    Embedder.MODEL,
                                    f.db.articles().find(id).orElseThrow().contentHash(),
                                    EnrichmentFixture.embedder().embed("Harbour story " + i),
                                    java.time.Instant.now());
                }
            }
            assertThat(f.index.count()).isEqualTo(12);

            Enrichment.Progress p = f.enrichment.reconcile();

            assertThat(p.embedded())
                    .as("the edited article and the two new ones without vectors")
                    .isEqualTo(3);
            assertThat(p.removed()).isEqualTo(6);
            expected = dbVersions(f.db);
            assertThat(f.index.versions()).isEqualTo(expected);
            assertThat(f.index.count()).isEqualTo(10);
            assertThat(f.index
                            .search(SearchRequest.of("\"harbour master\"", 10), null)
                            .hits())
                    .extracting(h -> h.id())
                    .containsExactly(edited);

            Enrichment.Progress rebuilt = f.enrichment.rebuild();
            assertThat(rebuilt.embedded()).isZero();
            assertThat(rebuilt.indexed()).isEqualTo(10);
            assertThat(f.index.versions()).isEqualTo(expected);
        }
    }

    static Map<Long, String> dbVersions(Database db) {
        Map<Long, String> versions = new HashMap<>();
        for (ArticleStore.Version v : db.articles().versions(0, 100_000)) {
            versions.put(v.id(), v.contentHash());
        }
        return versions;
    }
}
