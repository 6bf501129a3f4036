package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.broadsheet.search.Neighbours.Candidate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchIndex} on a Lucene index in one folder: one writer, near-real-time searchers refreshed at commit.
 *
 * <p>A writer that fails for good (Lucene closes it after a failed flush, as when the disk is full) is replaced by a
 * new one opened on the last commit at the next write, so the index recovers by itself once the cause is gone. Writes
 * since that commit are lost with the old writer; the caller brings them back with a reconcile.
 */
final class LuceneIndex implements SearchIndex {
    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

    private final Path folder;
    private final Directory directory;
    private final LanguageFields languages;
    private final LuceneDocuments documents;
    private final HybridSearch hybrid;
    /** The writer and its searchers, replaced together when the writer has failed. */
    private volatile Writing writing;
    /** Why the last write failed, until a commit succeeds. */
    private volatile @Nullable String problem;
    /** Set by {@link #close()}: a closed index is never reopened. */
    private volatile boolean closed;

    private record Writing(IndexWriter writer, SearcherManager searchers) {}

    private LuceneIndex(Path folder, Directory directory, IndexWriter writer, LanguageFields languages)
            throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.languages = languages;
        this.documents = new LuceneDocuments(languages);
        this.hybrid = new HybridSearch(languages);
        this.writing = new Writing(writer, new SearcherManager(writer, null));
    }

    static LuceneIndex open(Path folder) {
        return open(folder, UnaryOperator.identity());
    }

    /** Opens the index with its directory wrapped by {@code wrap}: for tests that make the disk fail. */
    static LuceneIndex open(Path folder, UnaryOperator<Directory> wrap) {
        LanguageFields languages = new LanguageFields();
        try {
            Files.createDirectories(folder);
            Directory directory = wrap.apply(FSDirectory.open(folder));
            try {
                return new LuceneIndex(folder, directory, newWriter(directory, languages), languages);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new IllegalStateException(
                        "the search index in " + folder + " is in use by another Broadsheet process", e);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    private static IndexWriter newWriter(Directory directory, LanguageFields languages) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(languages.analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        return new IndexWriter(directory, config);
    }

    /** The writer, reopened on the last commit first if the current one has failed for good. */
    private synchronized IndexWriter writer() {
        Writing current = writing;
        if (current.writer().isOpen()) {
            return current.writer();
        }
        if (closed) {
            throw new AlreadyClosedException("the search index in " + folder + " is closed");
        }
        try {
            IndexWriter reopened = newWriter(directory, languages);
            writing = new Writing(reopened, new SearcherManager(reopened, null));
            log.warn("search index writer reopened on its last commit after it failed: folder={}", folder);
            closeQuietly(current);
            return reopened;
        } catch (IOException e) {
            throw failed("cannot reopen the search index in " + folder, e);
        }
    }

    private static void closeQuietly(Writing old) {
        try {
            old.searchers().close();
        } catch (IOException | RuntimeException e) {
            log.debug("closing the failed writer's searchers failed", e);
        }
    }

    /** Notes the failure for {@link #problem()} and wraps it. */
    private UncheckedIOException failed(String message, IOException e) {
        problem = message + ": " + e.getMessage();
        return new UncheckedIOException(message, e);
    }

    /** Notes a failure Lucene reports as its writer being closed under us (by a failed flush or merge). */
    private RuntimeException failed(String message, AlreadyClosedException e) {
        problem = message + ": the index writer failed"
                + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")");
        return e;
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public void put(IndexedArticle article) {
        try {
            writer().updateDocument(idTerm(article.id()), documents.document(article));
        } catch (IOException e) {
            throw failed("cannot index article " + article.id(), e);
        } catch (AlreadyClosedException e) {
            throw failed("cannot index article " + article.id(), e);
        }
    }

    @Override
    public void delete(long articleId) {
        try {
            writer().deleteDocuments(idTerm(articleId));
        } catch (IOException e) {
            throw failed("cannot remove article " + articleId + " from the index", e);
        } catch (AlreadyClosedException e) {
            throw failed("cannot remove article " + articleId + " from the index", e);
        }
    }

    @Override
    public void commit() {
        try {
            writer().commit();
            writing.searchers().maybeRefreshBlocking();
            problem = null;
        } catch (IOException e) {
            throw failed("cannot commit the search index", e);
        } catch (AlreadyClosedException e) {
            throw failed("cannot commit the search index", e);
        }
    }

    @Override
    public void clear() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw failed("cannot clear the search index", e);
        } catch (AlreadyClosedException e) {
            throw failed("cannot clear the search index", e);
        }
    }

    @Override
    public Map<Long, String> versions() {
        Map<Long, String> versions = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc, java.util.Set.of(LuceneDocuments.ID, LuceneDocuments.HASH));
                    versions.put(Long.parseLong(d.get(LuceneDocuments.ID)), d.get(LuceneDocuments.HASH));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
        return versions;
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the search index folder " + folder, e);
        }
    }

    @Override
    public SearchResults search(SearchRequest request, float @Nullable [] queryVector) {
        Query text = hybrid.parse(request.query());
        return withSearcher(s -> {
            HybridSearch.Found found = hybrid.run(s, request, text, queryVector);
            int from = (request.page() - 1) * request.pageSize();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = from; i < Math.min(found.docs().size(), from + request.pageSize()); i++) {
                int doc = found.docs().get(i);
                hits.add(hybrid.hit(s, doc, text, found.semantic().getOrDefault(doc, false)));
            }
            boolean more = found.docs().size() > from + request.pageSize() && request.page() < SearchRequest.MAX_PAGE;
            return new SearchResults(hits, found.total(), request.page(), more);
        });
    }

    @Override
    public Optional<Neighbours> neighbours(long articleId, int k) {
        return withSearcher(s -> {
            TopDocs self = s.search(new TermQuery(idTerm(articleId)), 1);
            if (self.scoreDocs.length == 0) {
                return Optional.<Neighbours>empty();
            }
            int selfDoc = self.scoreDocs[0].doc;
            Candidate me = LuceneDocuments.candidate(s, selfDoc, 1f);
            Query notMe = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.FILTER)
                    .add(new TermQuery(idTerm(articleId)), Occur.MUST_NOT)
                    .build();
            float[] vector = vector(s, selfDoc);
            Map<Integer, Float> similarity = new LinkedHashMap<>();
            if (vector != null) {
                for (ScoreDoc sd :
                        s.search(new KnnFloatVectorQuery(LuceneDocuments.VECTOR, vector, k, notMe), k).scoreDocs) {
                    similarity.put(sd.doc, 2 * sd.score - 1);
                }
            }
            Query names = names(me, articleId);
            if (names != null) {
                for (ScoreDoc sd : s.search(names, k).scoreDocs) {
                    if (!similarity.containsKey(sd.doc)) {
                        float[] other = vector(s, sd.doc);
                        similarity.put(sd.doc, vector == null || other == null ? 0f : dot(vector, other));
                    }
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Map.Entry<Integer, Float> e : similarity.entrySet()) {
                candidates.add(LuceneDocuments.candidate(s, e.getKey(), e.getValue()));
            }
            return Optional.of(new Neighbours(me, candidates));
        });
    }

    /** Articles sharing the article's names (rarer names weigh more, by BM25's idf) or, less, its keywords. */
    private static @Nullable Query names(Candidate me, long articleId) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (Neighbours.Term t : me.entities()) {
            b.add(new TermQuery(new Term(LuceneDocuments.ENTITY, t.key())), Occur.SHOULD);
            clauses++;
        }
        for (Neighbours.Term t : me.keywords()) {
            b.add(new BoostQuery(new TermQuery(new Term(LuceneDocuments.KEYWORD, t.key())), 0.5f), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return null;
        }
        b.add(new TermQuery(idTerm(articleId)), Occur.MUST_NOT);
        return b.build();
    }

    private static float @Nullable [] vector(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(LuceneDocuments.VECTOR);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        int target = doc - leaf.docBase;
        if (it.advance(target) != target) {
            return null;
        }
        return values.vectorValue(it.index()).clone();
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static Term idTerm(long id) {
        return new Term(LuceneDocuments.ID, Long.toString(id));
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            return withSearcher(writing.searchers(), work);
        } catch (AlreadyClosedException e) {
            // The writer failed, or was just replaced: once more, on a reopened one.
            writer();
            return withSearcher(writing.searchers(), work);
        }
    }

    private static <T> T withSearcher(SearcherManager searchers, SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            closed = true;
            Writing current = writing;
            current.searchers().close();
            current.writer().close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        } finally {
            languages.close();
        }
    }
}
