package org.broadsheet.search;

import java.nio.file.Path;
import java.time.Instant;
import org.broadsheet.ai.Embedder;
import org.jspecify.annotations.Nullable;

/** A small hand-written corpus, embedded with the real model, in a real Lucene index in a temporary folder. */
final class SearchCorpus implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    static final Embedder EMBEDDER = Embedder.load();

    final SearchIndex index;

    SearchCorpus(Path dir) {
        index = SearchIndex.lucene(dir.resolve("index"));
    }

    /** Indexes one article; {@code hoursAfter} places it after {@link #T0}. */
    IndexedArticle add(
            long id,
            long sourceId,
            String outlet,
            @Nullable String country,
            @Nullable String language,
            int hoursAfter,
            String title,
            String text) {
        IndexedArticle a = new IndexedArticle(
                id,
                "hash-" + id + "-" + title.hashCode() + "-" + text.hashCode(),
                sourceId,
                outlet,
                country,
                language,
                T0.plusSeconds(3600L * hoursAfter),
                title,
                text.length() > 200 ? text.substring(0, 200) : text,
                text,
                EMBEDDER.embed(title + "\n" + text));
        index.put(a);
        return a;
    }

    Search search() {
        return new Search(index, EMBEDDER::embed);
    }

    @Override
    public void close() {
        index.close();
    }
}
