package org.broadsheet.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The search index: a derived view of the stored articles that can always be rebuilt from the database. Writes
 * ({@link #put}, {@link #delete}) become visible to readers and durable at {@link #commit}; an entry is replaced by
 * article id, so putting an article twice never duplicates it. Implementations are thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Opens (creating if needed) the Lucene index in {@code folder}.
     *
     * @throws IllegalStateException when another process holds the index open
     */
    static SearchIndex lucene(Path folder) {
        return LuceneIndex.open(folder);
    }

    /**
     * Why writing to the index is failing (a full disk, say), until a commit succeeds again; empty while it works.
     * Searches keep answering from the last commit meanwhile.
     */
    Optional<String> problem();

    /** Adds the article, or replaces its earlier entry. */
    void put(IndexedArticle article);

    /** Removes the article's entry, if there is one. */
    void delete(long articleId);

    /** Makes every write so far durable and visible to searches. */
    void commit();

    /** Removes every entry (visible and durable at the next {@link #commit}). */
    void clear();

    /** The content hash each committed or pending entry was indexed from, by article id. */
    Map<Long, String> versions();

    /** How many articles are visible to searches. */
    long count();

    /** The bytes the index takes on disk. */
    long sizeOnDisk();

    /**
     * Runs {@code request}: keyword relevance (BM25, titles weigh more) blended by reciprocal rank fusion with the
     * nearest articles to {@code queryVector} when one is given.
     *
     * @throws BadQueryException when the query cannot be parsed or is too broad to run
     */
    SearchResults search(SearchRequest request, float @Nullable [] queryVector);

    /**
     * The article {@code articleId} with its closest articles by meaning and by shared names, up to about {@code k} of
     * each, with what is needed to rank them; empty when the article is not indexed.
     */
    Optional<Neighbours> neighbours(long articleId, int k);

    @Override
    void close();
}
