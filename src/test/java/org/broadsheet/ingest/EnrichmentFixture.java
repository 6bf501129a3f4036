package org.broadsheet.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.broadsheet.ai.Embedder;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;

/** A real SQLite database, Lucene index, embedding model and CPU pool in one folder, wired as the application does. */
final class EnrichmentFixture implements AutoCloseable {
    private static Embedder embedder;

    final Path dir;
    final Database db;
    final SearchIndex index;
    final ExecutorService cpu = Executors.newFixedThreadPool(2);
    final Enrichment enrichment;

    EnrichmentFixture(Path dir) {
        this(dir, SearchIndex.lucene(dir.resolve("index")));
    }

    /** The fixture over another index, such as one on a disk that fills. */
    EnrichmentFixture(Path dir, SearchIndex index) {
        this.dir = dir;
        this.db = Database.open(Database.sqliteUrl(dir));
        this.index = index;
        this.enrichment = new Enrichment(db, embedder(), index, cpu, Clock.systemUTC());
    }

    static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = Embedder.load();
        }
        return embedder;
    }

    Source source(String name, String country, String language) {
        return db.sources()
                .add(NewSource.of(
                                name, URI.create("https://" + name.toLowerCase().replace(" ", "") + ".example/feed"))
                        .withCountry(country)
                        .withLanguage(language));
    }

    /** Stores (or updates, for the same guid) an article and returns its id. */
    long article(Source source, String guid, String title, String text) {
        Instant published = Instant.parse("2026-11-20T08:00:00Z").plusSeconds(Math.abs(guid.hashCode() % 86_400));
        return db.articles()
                .upsert(new ArticleDraft(
                        source.id(),
                        URI.create("https://news.example/" + source.id() + "/" + guid),
                        null,
                        guid,
                        title,
                        null,
                        published,
                        null,
                        published,
                        source.language(),
                        text,
                        "<p>" + text + "</p>",
                        text.length() > 120 ? text.substring(0, 120) : text,
                        null,
                        text.split(" ").length,
                        "hash-" + (title + "\n" + text).hashCode()))
                .id();
    }

    @Override
    public void close() {
        enrichment.close();
        cpu.shutdown();
        index.close();
        db.close();
    }
}
