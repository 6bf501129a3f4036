package org.broadsheet.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.broadsheet.extract.ArticleExtractor;
import org.broadsheet.extract.ContentRule;
import org.broadsheet.extract.ExtractedArticle;
import org.broadsheet.extract.ExtractionException;
import org.broadsheet.feed.FeedEntry;
import org.broadsheet.feed.FeedParseException;
import org.broadsheet.feed.FeedParseFailure;
import org.broadsheet.feed.FeedParser;
import org.broadsheet.feed.ParsedFeed;
import org.broadsheet.fetch.FetchException;
import org.broadsheet.fetch.FetchRequest;
import org.broadsheet.fetch.FetchResult;
import org.broadsheet.fetch.PoliteFetcher;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.DraftResult;
import org.broadsheet.store.Source;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.UpsertOutcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source: fetch the feed (conditionally), parse it, and for each new or updated entry fetch its page,
 * extract the article (on the CPU pool); then store the poll's articles in one transaction. A failing page falls back
 * to the feed's own content; a failing feed is recorded in the source's health with a stable reason code. Nothing one
 * entry does can lose another.
 */
public final class Ingester {
    private static final Logger log = LoggerFactory.getLogger(Ingester.class);
    /** The longest a publisher's {@code Retry-After} can put a source off. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private final SourceStore sources;
    private final ArticleStore articles;
    private final PoliteFetcher fetcher;
    private final FeedParser parser;
    private final ArticleExtractor extractor;
    private final ExecutorService cpu;
    private final IngestMetrics metrics;
    private final IngestSettings settings;
    private final Clock clock;
    private final Backoff backoff;
    private final Runnable wakeAfterStore;
    private final DraftAssembler assembler = new DraftAssembler();

    /**
     * Creates an ingester; {@code cpu} is the bounded pool that runs extraction.
     *
     * @param fetcher the polite fetcher (robots.txt, per-host limits) shared by all polls and by the {@link Reextractor}
     * @param wakeAfterStore run after a poll inserted or changed articles: {@link AfterStore#wake()} where the steps
     *     after a store run in this process
     */
    public Ingester(
            SourceStore sources,
            ArticleStore articles,
            PoliteFetcher fetcher,
            FeedParser parser,
            ArticleExtractor extractor,
            ExecutorService cpu,
            MeterRegistry registry,
            IngestSettings settings,
            Clock clock,
            Runnable wakeAfterStore) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.cpu = Objects.requireNonNull(cpu, "cpu");
        this.metrics = new IngestMetrics(Objects.requireNonNull(registry, "registry"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = new Backoff(settings.maxBackoff());
        this.wakeAfterStore = Objects.requireNonNull(wakeAfterStore, "wakeAfterStore");
    }

    /** Polls {@code source} once, records its health, and says what happened. */
    public PollResult poll(Source source) {
        Instant started = clock.instant();
        FetchResult response;
        try {
            response = fetcher.fetch(FetchRequest.conditional(source.feedUrl(), source.etag(), source.lastModified()));
        } catch (FetchException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Shutting down: not the publisher's failure, so nothing is recorded against the source.
                return new PollResult.Failed(source.id(), "INTERRUPTED", "the poll was interrupted by shutdown");
            }
            metrics.fetchFailed("feed", e.code());
            return failed(
                    source, started, e.code(), e.getMessage(), e.retryAfter().orElse(Duration.ZERO));
        }
        metrics.fetched("feed", response.notModified() ? "not_modified" : "ok");
        URI moved = response.permanentRedirect();
        if (moved != null && sources.findByFeedUrl(moved).isEmpty()) {
            sources.moveFeed(source.id(), moved);
        }
        if (response.notModified()) {
            PollRhythm.Next next = rhythm(source, started);
            sources.recordSuccess(
                    source.id(),
                    started,
                    source.etag(),
                    source.lastModified(),
                    started.plus(next.interval()),
                    next.reason());
            return new PollResult.NotModified(source.id());
        }
        ParsedFeed feed;
        try {
            feed = parser.parse(response.body(), response.contentType(), response.url());
        } catch (FeedParseException e) {
            metrics.fetchFailed("feed", e.code());
            return failed(source, started, e.code(), e.getMessage(), Duration.ZERO);
        }
        PollResult.Read result = storeEntries(source, feed.entries());
        if (feed.truncated()) {
            // What arrived complete is stored; the source shows the cut, and keeps its old validators so that the
            // next poll fetches the whole document again.
            metrics.fetchFailed("feed", FeedParseFailure.TRUNCATED.name());
            failed(
                    source,
                    started,
                    FeedParseFailure.TRUNCATED.name(),
                    "The document was cut off; kept its " + feed.entries().size() + " complete "
                            + (feed.entries().size() == 1 ? "entry" : "entries"),
                    Duration.ZERO);
            return result;
        }
        boolean complete = result.failed() == 0 && !Thread.currentThread().isInterrupted();
        // Keep the old validators unless every entry was handled: otherwise the next conditional GET would get a 304
        // and the entries that failed would never be tried again.
        PollRhythm.Next next = rhythm(source, started);
        sources.recordSuccess(
                source.id(),
                clock.instant(),
                complete ? response.etag() : source.etag(),
                complete ? response.lastModified() : source.lastModified(),
                started.plus(next.interval()),
                next.reason());
        log.atInfo()
                .addKeyValue("source_id", source.id())
                .addKeyValue("url", source.feedUrl())
                .log(
                        "polled {}: {} entries, {} new, {} updated, {} from feed content, {} skipped, {} failed",
                        source.name(),
                        result.entries(),
                        result.inserted(),
                        result.updated(),
                        result.fromFeedContent(),
                        result.skipped(),
                        result.failed());
        return result;
    }

    /**
     * Reads the new and changed entries' pages, then stores their articles together in one transaction (each in a
     * savepoint of its own, so a refused article loses nothing else). An interrupted poll stores what it has read.
     */
    private PollResult.Read storeEntries(Source source, List<FeedEntry> entries) {
        int unchanged = 0, skipped = 0, failed = 0;
        List<FeedEntry> considered = entries.subList(0, Math.min(entries.size(), settings.maxEntriesPerPoll()));
        Optional<ContentRule> rule = contentRule(source);
        PollBatch batch = new PollBatch();
        for (FeedEntry entry : considered) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            try {
                Optional<URI> link = linkOf(entry);
                if (link.isEmpty()) {
                    skipped++;
                    continue;
                }
                if (batch.repeats(entry, link.get())) {
                    // The same entry twice in one feed: its article is already on its way to the store.
                    unchanged++;
                    continue;
                }
                Optional<Article> known = articles.findByEntry(source.id(), entry.id(), link.get());
                if (known.isPresent() && !changed(known.get(), entry)) {
                    unchanged++;
                    continue;
                }
                BodyChooser.Body body = body(source, rule, entry, link.get());
                batch.add(
                        entry,
                        link.get(),
                        assembler.assemble(source, entry, link.get(), body.article(), body.flag(), clock.instant()),
                        body.fromFeed());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                failed++;
                logFailure(source, entry, e);
            }
        }
        int inserted = 0, updated = 0, fromFeed = 0;
        List<DraftResult> results = articles.upsertAll(batch.drafts());
        if (results.stream().anyMatch(DraftResult::changed)) {
            wakeAfterStore.run();
        }
        for (int i = 0; i < results.size(); i++) {
            switch (results.get(i)) {
                case DraftResult.Failed(RuntimeException error) -> {
                    failed++;
                    logFailure(source, batch.entry(i), error);
                }
                case DraftResult.Stored(UpsertOutcome outcome) -> {
                    metrics.stored(outcome.kind());
                    switch (outcome.kind()) {
                        case INSERTED -> inserted++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                    if (batch.fromFeed(i)) {
                        fromFeed++;
                    }
                }
            }
        }
        return new PollResult.Read(
                source.id(), considered.size(), inserted, updated, unchanged, fromFeed, skipped, failed);
    }

    private static void logFailure(Source source, FeedEntry entry, RuntimeException e) {
        log.atWarn()
                .addKeyValue("source_id", source.id())
                .addKeyValue("url", entry.link())
                .setCause(e)
                .log("could not store entry {}", entry.id());
    }

    /**
     * An entry is re-read when the feed says it was updated since we stored it. Times are compared to the millisecond,
     * the precision they are stored with.
     */
    private static boolean changed(Article known, FeedEntry entry) {
        Instant updated = entry.updated();
        if (updated == null) {
            return false;
        }
        return known.updated() == null
                || updated.toEpochMilli() != known.updated().toEpochMilli();
    }

    /** The interval after a successful poll, from the publication times of the source's newest stored articles. */
    private PollRhythm.Next rhythm(Source source, Instant now) {
        return PollRhythm.after(source.pollInterval(), articles.recentPublished(source.id(), PollRhythm.RECENT), now);
    }

    /** Records a poll that crashed with an unexpected error, so that the source backs off and shows the reason. */
    void recordCrash(Source source, RuntimeException error) {
        Instant now = clock.instant();
        Instant next =
                backoff.afterFailure(now, source.pollInterval(), source.health().consecutiveFailures() + 1);
        int failures = source.health().consecutiveFailures() + 1;
        sources.recordFailure(
                source.id(), now, "INTERNAL", "unexpected error: " + error, next, backoffReason(failures, next, now));
    }

    private static String backoffReason(int failures, Instant next, Instant now) {
        return "back-off after " + failures + (failures == 1 ? " failure" : " failures in a row") + ": "
                + PollRhythm.words(Duration.between(now, next)) + ", doubling per failure up to 24 h";
    }

    private BodyChooser.Body body(Source source, Optional<ContentRule> rule, FeedEntry entry, URI link)
            throws InterruptedException {
        ExtractedArticle fromPage = null;
        try {
            FetchResult page = fetcher.fetch(FetchRequest.of(link));
            metrics.fetched("page", "ok");
            fromPage = extractOnCpu(() -> rule.isPresent()
                    ? extractor.extract(page.body(), page.contentType(), page.url(), rule.get())
                    : extractor.extract(page.body(), page.contentType(), page.url()));
        } catch (FetchException e) {
            metrics.fetchFailed("page", e.code());
            log.atInfo()
                    .addKeyValue("source_id", source.id())
                    .addKeyValue("url", link)
                    .log("article page failed ({}), using the feed's content", e.code());
        } catch (ExtractionException e) {
            metrics.fetchFailed("extract", e.code());
            log.atInfo()
                    .addKeyValue("source_id", source.id())
                    .addKeyValue("url", link)
                    .addKeyValue("reason", e.code())
                    .log("article page not extracted ({}), using the feed's content", e.getMessage());
        }
        // The feed's words are counted on its plain text first, so that its content is extracted only when needed.
        Optional<BodyChooser.Body> alone = BodyChooser.pageAlone(fromPage, FeedWords.count(feedHtml(entry)));
        if (alone.isPresent()) {
            return alone.get();
        }
        return BodyChooser.choose(feedContent(source, entry, link), fromPage);
    }

    private static String feedHtml(FeedEntry entry) {
        String content = entry.content() != null ? entry.content() : entry.summary();
        return content == null ? "" : content;
    }

    private ExtractedArticle feedContent(Source source, FeedEntry entry, URI link) throws InterruptedException {
        String html = "<!doctype html><html><head><title></title></head><body><article>"
                + feedHtml(entry)
                + "</article></body></html>";
        try {
            return extractOnCpu(
                    () -> extractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", link));
        } catch (ExtractionException e) {
            log.atInfo()
                    .addKeyValue("source_id", source.id())
                    .addKeyValue("url", link)
                    .addKeyValue("reason", e.code())
                    .log("feed content not extracted: {}", e.getMessage());
            return ExtractedArticle.empty();
        }
    }

    /** The source's content rule; a stored rule that no longer parses is logged and ignored, not fatal. */
    private Optional<ContentRule> contentRule(Source source) {
        Optional<String> stored = sources.contentRule(source.id());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ContentRule(stored.get()));
        } catch (IllegalArgumentException e) {
            log.atWarn()
                    .addKeyValue("source_id", source.id())
                    .log("ignoring the source's content rule: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private ExtractedArticle extractOnCpu(Callable<ExtractedArticle> task)
            throws InterruptedException, ExtractionException {
        try {
            return cpu.submit(task).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException failure) {
                throw failure;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Optional<URI> linkOf(FeedEntry entry) {
        String link = entry.link();
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link.strip());
            return uri.isAbsolute() ? Optional.of(CanonicalUrl.of(uri)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a failed poll; the next one waits for the backoff, and at least {@code retryAfter} (capped at
     * {@link #MAX_RETRY_AFTER}) when the publisher asked for that with a 429 or 503.
     */
    private PollResult failed(Source source, Instant at, String code, @Nullable String message, Duration retryAfter) {
        String text = message == null ? code : message;
        Instant backedOff =
                backoff.afterFailure(at, source.pollInterval(), source.health().consecutiveFailures() + 1);
        Instant asked = at.plus(retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter);
        Instant next = asked.isAfter(backedOff) ? asked : backedOff;
        String why = asked.isAfter(backedOff)
                ? "the publisher asked to wait " + PollRhythm.words(Duration.between(at, asked)) + " (Retry-After)"
                : backoffReason(source.health().consecutiveFailures() + 1, next, at);
        sources.recordFailure(source.id(), at, code, text, next, why);
        log.atWarn()
                .addKeyValue("source_id", source.id())
                .addKeyValue("url", source.feedUrl())
                .addKeyValue("reason", code)
                .log("poll of {} failed: {}; next try at {}", source.name(), text, next);
        return new PollResult.Failed(source.id(), code, text);
    }
}
