package org.broadsheet.app;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.broadsheet.extract.ArticleExtractor;
import org.broadsheet.feed.FeedDiscovery;
import org.broadsheet.feed.FeedFinder;
import org.broadsheet.feed.FeedParser;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.fetch.HttpFetcher;
import org.broadsheet.ingest.IngestScheduler;
import org.broadsheet.ingest.IngestSettings;
import org.broadsheet.ingest.Ingester;
import org.broadsheet.store.Database;
import org.jspecify.annotations.Nullable;

/**
 * The wired application: database, metrics, fetcher, parser, extractor and the ingestion pipeline, created in one
 * place and closed in reverse order.
 */
final class Broadsheet implements AutoCloseable {
    private final Database database;
    private final PrometheusMeterRegistry metrics;
    private final FetchSettings fetchSettings;
    private final IngestSettings ingestSettings;
    private @Nullable Pipeline pipeline;
    private @Nullable HttpFetcher discoveryFetcher;

    /** The ingestion side: built on first use, so that a server can answer pages before it exists. */
    private record Pipeline(HttpFetcher fetcher, ExecutorService cpu, IngestScheduler scheduler) {}

    private Broadsheet(Database database, FetchSettings fetchSettings, IngestSettings ingestSettings) {
        this.database = database;
        this.fetchSettings = fetchSettings;
        this.ingestSettings = ingestSettings;
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
    }

    private Pipeline pipeline() {
        HttpFetcher fetcher = new HttpFetcher(fetchSettings);
        // One small bounded pool for CPU work (extraction); I/O runs on virtual threads.
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService cpu = Executors.newFixedThreadPool(
                cores, Thread.ofPlatform().name("cpu-", 0).daemon().factory());
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
        return new Pipeline(
                fetcher, cpu, new IngestScheduler(ingester, database.sources(), settings, Clock.systemUTC()));
    }

    /** Opens the database (migrating it); the ingestion pipeline is wired when first asked for. */
    static Broadsheet open(String jdbcUrl, FetchSettings fetchSettings) {
        return open(jdbcUrl, fetchSettings, IngestSettings.defaults());
    }

    /** Opens the database (migrating it), with the pipeline's own limits. */
    static Broadsheet open(String jdbcUrl, FetchSettings fetchSettings, IngestSettings ingestSettings) {
        return new Broadsheet(Database.open(jdbcUrl), fetchSettings, ingestSettings);
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

    @Override
    public synchronized void close() {
        if (pipeline != null) {
            pipeline.scheduler().close();
            pipeline.cpu().shutdown();
            try {
                pipeline.cpu().awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pipeline.fetcher().close();
        }
        if (discoveryFetcher != null) {
            discoveryFetcher.close();
        }
        database.close();
        metrics.close();
    }
}
