package org.broadsheet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.broadsheet.extract.ArticleExtractor;
import org.broadsheet.extract.ContentRule;
import org.broadsheet.extract.ExtractedArticle;
import org.broadsheet.extract.ExtractionException;
import org.broadsheet.fetch.FetchException;
import org.broadsheet.fetch.FetchRequest;
import org.broadsheet.fetch.FetchResult;
import org.broadsheet.fetch.PoliteFetcher;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleCursor;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.ContentFlag;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.UpsertOutcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs extraction again on stored articles, so that extractor improvements and new content rules reach old articles.
 * Raw pages are not stored, so each article's page is fetched again (politely, through robots.txt and per-host
 * limits). An article is updated in place; a page that fails to fetch or extract leaves it exactly as it was, and a
 * new body much shorter than the stored one (a paywall that appeared, a redesign the extractor misreads) is not
 * taken.
 */
public final class Reextractor {
    private static final Logger log = LoggerFactory.getLogger(Reextractor.class);
    private static final int PAGE = 200;

    private final ArticleStore articles;
    private final SourceStore sources;
    private final PoliteFetcher fetcher;
    private final ArticleExtractor extractor;
    private final Runnable wakeAfterStore;
    private final DraftAssembler assembler = new DraftAssembler();

    /**
     * Creates a re-extractor.
     *
     * @param fetcher the polite fetcher shared with the {@link Ingester}, so that per-host limits hold across both
     * @param wakeAfterStore run after an article was changed: {@link AfterStore#wake()} where the steps after a store
     *     run in this process
     */
    public Reextractor(
            ArticleStore articles,
            SourceStore sources,
            PoliteFetcher fetcher,
            ArticleExtractor extractor,
            Runnable wakeAfterStore) {
        this.articles = Objects.requireNonNull(articles, "articles");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.wakeAfterStore = Objects.requireNonNull(wakeAfterStore, "wakeAfterStore");
    }

    /**
     * Re-extracts every stored article, or only {@code sourceId}'s, newest first, and reports each outcome to
     * {@code progress} as it happens. Returns all outcomes; stops early, keeping what was done, when interrupted.
     */
    public List<ReextractOutcome> run(@Nullable Long sourceId, Consumer<ReextractOutcome> progress) {
        List<ReextractOutcome> outcomes = new ArrayList<>();
        ArticleQuery query = ArticleQuery.latest(PAGE);
        if (sourceId != null) {
            query = query.fromSource(sourceId);
        }
        while (!Thread.currentThread().isInterrupted()) {
            List<Article> page = articles.list(query);
            for (Article article : page) {
                ReextractOutcome outcome = reextract(article);
                outcomes.add(outcome);
                progress.accept(outcome);
            }
            if (page.size() < PAGE) {
                break;
            }
            query = query.after(ArticleCursor.after(page.getLast()));
        }
        return outcomes;
    }

    /** Re-extracts one stored article from its page, with its source's content rule when it has one. */
    public ReextractOutcome reextract(Article stored) {
        Optional<ContentRule> rule = rule(stored.sourceId());
        ExtractedArticle fresh;
        try {
            FetchResult page = fetcher.fetch(FetchRequest.of(stored.url()));
            fresh = rule.isPresent()
                    ? extractor.extract(page.body(), page.contentType(), page.url(), rule.get())
                    : extractor.extract(page.body(), page.contentType(), page.url());
        } catch (FetchException e) {
            return failed(stored, e.code(), e.getMessage());
        } catch (ExtractionException e) {
            return failed(stored, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            log.atWarn()
                    .addKeyValue("source_id", stored.sourceId())
                    .addKeyValue("url", stored.url())
                    .setCause(e)
                    .log("re-extraction of article {} failed", stored.id());
            return failed(stored, "INTERNAL", String.valueOf(e));
        }
        boolean shorter =
                stored.wordCount() > 0 && fresh.wordCount() < stored.wordCount() * BodyChooser.TRUNCATED_BELOW;
        if (shorter) {
            ContentFlag flag = fresh.paywall().any() ? ContentFlag.PAYWALLED : stored.contentFlag();
            if (flag != stored.contentFlag()) {
                articles.upsert(assembler.reflag(stored, flag));
                wakeAfterStore.run();
            }
            return new ReextractOutcome.Kept(stored.id(), stored.sourceId());
        }
        ContentFlag flag = BodyChooser.paywallFlag(fresh);
        UpsertOutcome outcome = articles.upsert(assembler.rebody(stored, fresh, flag));
        if (outcome.kind() == UpsertOutcome.Kind.UNCHANGED) {
            return new ReextractOutcome.Unchanged(stored.id(), stored.sourceId());
        }
        wakeAfterStore.run();
        return new ReextractOutcome.Updated(stored.id(), stored.sourceId());
    }

    private Optional<ContentRule> rule(long sourceId) {
        try {
            return sources.contentRule(sourceId).map(ContentRule::new);
        } catch (IllegalArgumentException e) {
            log.atWarn()
                    .addKeyValue("source_id", sourceId)
                    .log("ignoring the source's content rule: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static ReextractOutcome failed(Article stored, String code, @Nullable String message) {
        log.atInfo()
                .addKeyValue("source_id", stored.sourceId())
                .addKeyValue("url", stored.url())
                .addKeyValue("reason", code)
                .log("re-extraction of article {} failed; it is kept as it was", stored.id());
        return new ReextractOutcome.Failed(stored.id(), stored.sourceId(), code, message == null ? code : message);
    }
}
