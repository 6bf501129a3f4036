package org.broadsheet.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.ai.Embedder;
import org.broadsheet.search.IndexedArticle;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Database;
import org.broadsheet.store.EmbeddingStore;
import org.broadsheet.store.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding and indexing steps of {@link AfterStore}: an article's embedding is computed on the CPU pool (only
 * when missing or stale: the database remembers which content each vector was made from, and the text is {@link
 * Embedder#articleText}), stored, and the article is (re)indexed. Driven by what the database says is pending, so that
 * it never depends on having seen an article go by: after a crash, {@link #reconcile()} compares the index with the
 * database (ids and content hashes) and brings it level, without duplicates (entries are replaced by id) or gaps.
 *
 * <p>Methods are meant for one thread at a time: the {@link AfterStore} pipeline's, or a command's.
 */
public final class Enrichment implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Enrichment.class);
    static final int BATCH = 64;
    private static final int SCAN = 5000;

    private final Database db;
    private final Embedder embedder;
    private final SearchIndex index;
    private final ExecutorService cpu;
    private final Clock clock;
    private volatile boolean stopping;

    /** What a pass did. */
    public record Progress(int embedded, int indexed, int removed) {
        Progress plus(Progress o) {
            return new Progress(embedded + o.embedded, indexed + o.indexed, removed + o.removed);
        }
    }

    /**
     * @param cpu the bounded pool that computes embeddings (one article per task)
     */
    public Enrichment(Database db, Embedder embedder, SearchIndex index, ExecutorService cpu, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.index = Objects.requireNonNull(index, "index");
        this.cpu = Objects.requireNonNull(cpu, "cpu");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Embeds every article whose vector is missing or stale and indexes those articles; commits the index. */
    public Progress catchUp() throws InterruptedException {
        Progress total = new Progress(0, 0, 0);
        long after = 0;
        while (true) {
            List<EmbeddingStore.Pending> pending = db.embeddings().pending(Embedder.MODEL, after, BATCH);
            if (pending.isEmpty() || stopping) {
                break;
            }
            after = pending.getLast().articleId();
            List<Long> ids =
                    pending.stream().map(EmbeddingStore.Pending::articleId).toList();
            List<Article> articles = db.articles().findAll(ids);
            Map<Long, float[]> vectors = embed(articles);
            indexAll(articles, vectors);
            total = total.plus(new Progress(vectors.size(), articles.size(), 0));
        }
        if (total.indexed() > 0) {
            index.commit();
        }
        return total;
    }

    /**
     * Brings the index level with the database: first {@link #catchUp()}, then every article whose entry is missing or
     * was indexed from other content is indexed again, and entries of articles no longer stored are removed.
     */
    public Progress reconcile() throws InterruptedException {
        Progress done = catchUp();
        Map<Long, String> indexed = new HashMap<>(index.versions());
        List<Long> stale = new ArrayList<>();
        long after = 0;
        while (true) {
            List<ArticleStore.Version> versions = db.articles().versions(after, SCAN);
            if (versions.isEmpty()) {
                break;
            }
            for (ArticleStore.Version v : versions) {
                String hash = indexed.remove(v.id());
                if (!v.contentHash().equals(hash)) {
                    stale.add(v.id());
                }
            }
            after = versions.getLast().id();
        }
        for (int from = 0; from < stale.size(); from += BATCH) {
            List<Long> ids = stale.subList(from, Math.min(stale.size(), from + BATCH));
            if (stopping) {
                index.commit();
                return done.plus(new Progress(0, from, 0));
            }
            indexAll(db.articles().findAll(ids), db.embeddings().findAll(ids, Embedder.MODEL));
        }
        indexed.keySet().forEach(index::delete);
        index.commit();
        return done.plus(new Progress(0, stale.size(), indexed.size()));
    }

    /** Empties the index and builds it again from the database (embedding only what is missing or stale). */
    public Progress rebuild() throws InterruptedException {
        index.clear();
        return reconcile();
    }

    private Map<Long, float[]> embed(List<Article> articles) throws InterruptedException {
        Map<Long, Future<float[]>> futures = new LinkedHashMap<>();
        for (Article a : articles) {
            String text = Embedder.articleText(a.title(), a.text());
            futures.put(a.id(), cpu.submit(() -> embedder.embed(text)));
        }
        Map<Long, float[]> vectors = new HashMap<>();
        Map<Long, String> hashes = articles.stream().collect(Collectors.toMap(Article::id, Article::contentHash));
        for (Map.Entry<Long, Future<float[]>> e : futures.entrySet()) {
            long id = e.getKey();
            try {
                float[] vector = e.getValue().get();
                db.embeddings().put(id, Embedder.MODEL, hashes.get(id), vector, clock.instant());
                vectors.put(id, vector);
            } catch (ExecutionException ex) {
                log.atWarn()
                        .addKeyValue("article_id", id)
                        .setCause(ex.getCause())
                        .log("could not embed article");
            }
        }
        return vectors;
    }

    private void indexAll(List<Article> articles, Map<Long, float[]> vectors) {
        Map<Long, Source> sources =
                db.sources().all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        for (Article a : articles) {
            Source source = sources.get(a.sourceId());
            if (source == null) {
                continue; // its outlet was removed a moment ago; the article goes with it
            }
            index.put(new IndexedArticle(
                    a.id(),
                    a.contentHash(),
                    a.sourceId(),
                    source.name(),
                    source.country(),
                    a.languageOr(source),
                    a.sortTime(),
                    a.title(),
                    a.excerpt(),
                    a.text(),
                    vectors.get(a.id())));
        }
    }

    /** Makes a pass in progress end at its next article batch, and later passes end at their first. */
    @Override
    public void close() {
        stopping = true;
    }
}
