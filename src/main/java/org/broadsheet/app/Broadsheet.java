package org.broadsheet.app;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
import org.broadsheet.ingest.EmbeddingListener;
import org.broadsheet.ingest.Enrichment;
import org.broadsheet.ingest.IngestScheduler;
import org.broadsheet.ingest.IngestSettings;
import org.broadsheet.ingest.Ingester;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.store.Database;
import org.broadsheet.story.ClusterSettings;
import org.broadsheet.story.StoryService;
import org.broadsheet.web.Community;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wired application: database, metrics, the CPU pool, fetcher, parser, extractor, the ingestion pipeline, the
 * embedding model, enrichment, the search index and the AI panel's assistant, created in one place and closed in
 * reverse order.
 */
final class Broadsheet implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Broadsheet.class);
    private final Database database;
    private final PrometheusMeterRegistry metrics;
    private final FetchSettings fetchSettings;
    private final Path dataDir;
    private @Nullable ExecutorService cpu;
    private final IngestSettings ingestSettings;
    private @Nullable Pipeline pipeline;
    private @Nullable HttpFetcher discoveryFetcher;
    private @Nullable Embedder embedder;
    private @Nullable SearchIndex searchIndex;
    private @Nullable Enrichment enrichment;
    private final @Nullable LlmSettings llmSettings;
    private @Nullable ArticleAssistant assistant;
    private @Nullable StoryService stories;
    private @Nullable Thread storyLoop;
    private final CountDownLatch storiesStop = new CountDownLatch(1);

    /** How often the story loop looks for new articles, and how often it runs the merge and split pass. */
    private static final Duration STORY_CATCH_UP = Duration.ofSeconds(10);

    private static final Duration STORY_MAINTAIN = Duration.ofMinutes(10);

    /** The ingestion side: built on first use, so that a server can answer pages before it exists. */
    private record Pipeline(HttpFetcher fetcher, IngestScheduler scheduler) {}

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

    private Pipeline pipeline() {
        HttpFetcher fetcher = new HttpFetcher(fetchSettings);
        ExecutorService cpu = cpu();
        IngestSettings settings = ingestSettings;
        Ingester ingester = new Ingester(
                database.sources(),
                database.articles(),
                fetcher,
                new FeedParser(),
                new ArticleExtractor(),
                cpu,
                metrics,
                settings,
                Clock.systemUTC());
        return new Pipeline(fetcher, new IngestScheduler(ingester, database.sources(), settings, Clock.systemUTC()));
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

    /** The ingestion scheduler (not started), wiring the pipeline on first use. */
    synchronized IngestScheduler scheduler() {
        if (pipeline == null) {
            pipeline = pipeline();
        }
        return pipeline.scheduler();
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

    /** Embedding and indexing of stored articles (not started); its listeners are wired here. */
    synchronized Enrichment enrichment() {
        if (enrichment == null) {
            enrichment = new Enrichment(
                    database, embedder(), searchIndex(), cpu(), List.<EmbeddingListener>of(), Clock.systemUTC());
        }
        return enrichment;
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

    /**
     * Starts the story loop on a virtual thread: every {@link #STORY_CATCH_UP} it clusters the articles that ingestion
     * stored since, and every {@link #STORY_MAINTAIN} it runs the merge and split pass.
     */
    synchronized void startStories() {
        if (storyLoop != null) {
            return;
        }
        StoryService service = stories();
        CountDownLatch stop = storiesStop;
        storyLoop = Thread.ofVirtual().name("stories").start(() -> {
            long lastPass = System.nanoTime();
            try {
                do {
                    try {
                        service.catchUp();
                        if (System.nanoTime() - lastPass >= STORY_MAINTAIN.toNanos()) {
                            service.maintain();
                            lastPass = System.nanoTime();
                        }
                    } catch (RuntimeException e) {
                        log.error("story pass failed; retrying", e);
                    }
                } while (!stop.await(STORY_CATCH_UP.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public synchronized void close() {
        if (enrichment != null) {
            enrichment.close();
        }
        if (storyLoop != null) {
            storiesStop.countDown();
            try {
                storyLoop.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pipeline != null) {
            pipeline.scheduler().close();
        }
        if (cpu != null) {
            cpu.shutdown();
            try {
                cpu.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pipeline != null) {
            pipeline.fetcher().close();
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
        database.close();
        metrics.close();
    }
}
