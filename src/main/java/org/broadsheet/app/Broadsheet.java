package org.broadsheet.app;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.broadsheet.account.AccountSettings;
import org.broadsheet.account.Accounts;
import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.ai.Embedder;
import org.broadsheet.ai.LlmClient;
import org.broadsheet.ai.LlmSettings;
import org.broadsheet.ai.StoryBriefer;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.comment.Comments;
import org.broadsheet.comment.Moderation;
import org.broadsheet.extract.ArticleExtractor;
import org.broadsheet.feed.FeedDiscovery;
import org.broadsheet.feed.FeedFinder;
import org.broadsheet.feed.FeedParser;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.fetch.HttpFetcher;
import org.broadsheet.fetch.PoliteFetcher;
import org.broadsheet.ingest.AfterStore;
import org.broadsheet.ingest.Enrichment;
import org.broadsheet.ingest.IngestScheduler;
import org.broadsheet.ingest.IngestSettings;
import org.broadsheet.ingest.Ingester;
import org.broadsheet.ingest.Reextractor;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.store.Database;
import org.broadsheet.story.ClusterSettings;
import org.broadsheet.story.StoryService;
import org.broadsheet.web.Community;
import org.broadsheet.web.MediaProxy;
import org.jspecify.annotations.Nullable;

/**
 * The wired application: database, metrics, the CPU pool, fetcher, parser, extractor, the ingestion pipeline, the
 * steps after a store (embedding, search index, stories, page cache), the AI panel's assistant, created in one place
 * and closed in reverse order.
 */
final class Broadsheet implements AutoCloseable {
    private final Database database;
    private final PrometheusMeterRegistry metrics;
    private final FetchSettings fetchSettings;
    private final Path dataDir;
    private @Nullable ExecutorService cpu;
    private final IngestSettings ingestSettings;
    private @Nullable Ingestion ingestion;
    private @Nullable HttpFetcher discoveryFetcher;
    private @Nullable HttpFetcher mediaFetcher;
    private @Nullable Embedder embedder;
    private @Nullable SearchIndex searchIndex;
    private @Nullable Enrichment enrichment;
    private final @Nullable LlmSettings llmSettings;
    private @Nullable ArticleAssistant assistant;
    private @Nullable StoryService stories;
    /** Read without the lock by polls that wake it, so that a poll never waits for {@link #close()}. */
    private volatile @Nullable AfterStore afterStore;

    /**
     * The ingestion side: built on first use, so that a server can answer pages before it exists. Its polite fetcher
     * is shared by the ingester and the re-extractor, so that per-host limits hold across both.
     */
    private record Ingestion(HttpFetcher http, PoliteFetcher fetcher, IngestScheduler scheduler) {}

    private Broadsheet(
            Database database,
            Path dataDir,
            FetchSettings fetchSettings,
            IngestSettings ingestSettings,
            @Nullable LlmSettings llmSettings) {
        this.database = database;
        this.dataDir = dataDir;
        this.fetchSettings = fetchSettings;
        this.llmSettings = llmSettings;
        this.ingestSettings = ingestSettings;
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
    }

    /** One small bounded pool for CPU work (extraction, embeddings, summaries); I/O runs on virtual threads. */
    private synchronized ExecutorService cpu() {
        if (cpu == null) {
            int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
            cpu = Executors.newFixedThreadPool(
                    cores, Thread.ofPlatform().name("cpu-", 0).daemon().factory());
        }
        return cpu;
    }

    private synchronized Ingestion ingestion() {
        if (ingestion == null) {
            HttpFetcher http = new HttpFetcher(fetchSettings);
            PoliteFetcher fetcher = new PoliteFetcher(http);
            Ingester ingester = new Ingester(
                    database.sources(),
                    database.articles(),
                    fetcher,
                    new FeedParser(),
                    new ArticleExtractor(),
                    cpu(),
                    metrics,
                    ingestSettings,
                    Clock.systemUTC(),
                    this::wakeAfterStore);
            ingestion = new Ingestion(
                    http,
                    fetcher,
                    new IngestScheduler(ingester, database.sources(), ingestSettings, Clock.systemUTC()));
        }
        return ingestion;
    }

    /** Wakes the steps after a store when they run in this process (a server); otherwise a later start finds the work. */
    private void wakeAfterStore() {
        AfterStore running = afterStore;
        if (running != null) {
            running.wake();
        }
    }

    /**
     * Accounts, comments and moderation over this database, with {@code accountSettings} and {@code commentSettings}.
     */
    Community community(AccountSettings accountSettings, CommentSettings commentSettings) {
        Clock clock = Clock.systemUTC();
        Accounts accounts = new Accounts(database.accounts(), accountSettings, clock);
        Moderation moderation = new Moderation(database.comments(), database.accounts(), database.moderation(), clock);
        Comments comments = new Comments(database.comments(), database.articles(), moderation, commentSettings, clock);
        return new Community(accounts, comments, moderation, accountSettings.sessionLifetime());
    }

    /**
     * Opens the database (migrating it); the ingestion pipeline, the embedding model and the search index (in {@code
     * dataDir/index}) are created when first asked for.
     */
    static Broadsheet open(String jdbcUrl, Path dataDir, FetchSettings fetchSettings) {
        return open(jdbcUrl, dataDir, fetchSettings, IngestSettings.defaults(), null);
    }

    /**
     * Opens the database like {@link #open(String, Path, FetchSettings)}, with the pipeline's own limits and a language
     * model for the AI panel (none when null).
     */
    static Broadsheet open(
            String jdbcUrl,
            Path dataDir,
            FetchSettings fetchSettings,
            IngestSettings ingestSettings,
            @Nullable LlmSettings llm) {
        return new Broadsheet(Database.open(jdbcUrl), dataDir, fetchSettings, ingestSettings, llm);
    }

    /**
     * The AI panel's assistant: the embedding model is loaded on first use (once per process), summaries and
     * embeddings run on the shared CPU pool, and the language model is used when one was configured.
     */
    synchronized ArticleAssistant assistant() {
        if (assistant == null) {
            LlmClient llm = llmSettings == null ? null : LlmClient.connect(llmSettings, Clock.systemUTC());
            assistant = new ArticleAssistant(
                    embedder(), database.summaries(), database.sources(), cpu(), llm, Clock.systemUTC());
        }
        return assistant;
    }

    Database database() {
        return database;
    }

    PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /**
     * Finds the feed behind an address an operator enters (the address itself, or the feeds its page links to), with
     * short time limits because an operator waits for the answer. Its fetcher is created on first use.
     */
    FeedFinder feedFinder() {
        return url -> discovery().find(url);
    }

    private synchronized FeedDiscovery discovery() {
        if (discoveryFetcher == null) {
            discoveryFetcher = new HttpFetcher(fetchSettings.withTotalTimeout(Duration.ofSeconds(5)));
        }
        return new FeedDiscovery(discoveryFetcher).withTimeBudget(Duration.ofSeconds(10));
    }

    /**
     * The image proxy, signing addresses with the key in {@code DATA/media-proxy.key} (made on first use, so that
     * pages cached by browsers stay valid across restarts) and fetching one image within 10 s and 10 MB.
     */
    synchronized MediaProxy mediaProxy() {
        if (mediaFetcher == null) {
            mediaFetcher = new HttpFetcher(
                    fetchSettings.withTotalTimeout(Duration.ofSeconds(10)).withMaxBodyBytes(10L * 1024 * 1024));
        }
        return MediaProxy.signedWith(mediaKey(dataDir.resolve("media-proxy.key")), mediaFetcher);
    }

    /** The 32 random bytes in {@code file}, written there first (readable by this user only) if it is missing. */
    private static byte[] mediaKey(Path file) {
        try {
            if (Files.exists(file)) {
                byte[] key = Files.readAllBytes(file);
                if (key.length >= 32) {
                    return key;
                }
                throw new IllegalStateException("the media proxy key " + file + " is shorter than 32 bytes");
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.write(partial, key);
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data folder's own permissions guard it
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the media proxy key " + file, e);
        }
    }

    /** The ingestion scheduler (not started), wiring the pipeline on first use. */
    IngestScheduler scheduler() {
        return ingestion().scheduler();
    }

    /** Re-extraction of stored articles, through the same polite fetcher as the ingester's polls. */
    Reextractor reextractor() {
        return new Reextractor(
                database.articles(),
                database.sources(),
                ingestion().fetcher(),
                new ArticleExtractor(),
                this::wakeAfterStore);
    }

    /** The sentence embedding model; its weights load at the first text embedded, not at start. */
    synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = Embedder.lazy();
        }
        return embedder;
    }

    /** The search index in {@code DATA/index}, opened on first use. */
    synchronized SearchIndex searchIndex() {
        if (searchIndex == null) {
            searchIndex = SearchIndex.lucene(dataDir.resolve("index"));
        }
        return searchIndex;
    }

    /** Embedding and indexing of stored articles: the first steps of {@link #afterStore()}. */
    synchronized Enrichment enrichment() {
        if (enrichment == null) {
            enrichment = new Enrichment(database, embedder(), searchIndex(), cpu(), Clock.systemUTC());
        }
        return enrichment;
    }

    /**
     * The steps after a store (embedded, indexed, clustered, pages invalidated), not started: the ingester and the
     * re-extractor wake it once it exists. Its last step counts a content change, which the page cache keys on.
     */
    synchronized AfterStore afterStore() {
        AfterStore current = afterStore;
        if (current == null) {
            current = new AfterStore(enrichment(), stories(), database::contentChanged, AfterStore.Rhythm.defaults());
            afterStore = current;
        }
        return current;
    }

    /** Search over the index; the embedding model loads at the first query. */
    Search search() {
        return new Search(searchIndex(), text -> embedder().embed(text));
    }

    /** Story briefings over the shared embedding model, loaded at the first briefing. */
    StoryBriefer briefer() {
        // Reuses the AI panel's stored summaries and sentence vectors, so a story page does not embed again.
        return new StoryBriefer(embedder(), assistant());
    }

    /** Related articles from the index. */
    RelatedArticles related() {
        return new RelatedArticles(searchIndex());
    }

    /**
     * The story service, wired on first use: it clusters the articles that enrichment has embedded, in published
     * order, so a story never waits for a second embedding of the same article.
     */
    synchronized StoryService stories() {
        if (stories == null) {
            // No embedder: enrichment embeds every stored article (and indexes it); stories cluster what it embedded.
            stories = new StoryService(
                    database.articles(),
                    database.embeddings(),
                    database.stories(),
                    null,
                    ClusterSettings.defaults(),
                    Clock.systemUTC());
        }
        return stories;
    }

    @Override
    public synchronized void close() {
        AfterStore steps = afterStore;
        if (steps != null) {
            steps.close();
        }
        if (enrichment != null) {
            enrichment.close();
        }
        if (ingestion != null) {
            ingestion.scheduler().close();
        }
        if (cpu != null) {
            cpu.shutdown();
            try {
                cpu.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (ingestion != null) {
            ingestion.http().close();
        }
        if (searchIndex != null) {
            searchIndex.close();
        }
        if (embedder != null) {
            embedder.close();
        }
        if (discoveryFetcher != null) {
            discoveryFetcher.close();
        }
        if (mediaFetcher != null) {
            mediaFetcher.close();
        }
        database.close();
        metrics.close();
    }
}
