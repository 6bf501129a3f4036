package org.broadsheet.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.broadsheet.feed.FeedFinder;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.Database;
import org.broadsheet.store.ReadingStore;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.StoryStore;
import org.jspecify.annotations.Nullable;

/**
 * What the web server serves from: the stores, the people side, the metrics registry, the ingester's wake-up call and
 * the optional parts. Start from {@link #of} and add what the site has with the {@code with…} methods; each page
 * controller takes this record and picks what it needs.
 *
 * @param reading each account's read and starred articles and followed sources, for the sync APIs
 * @param contentVersion a number that changes whenever articles or sources change; cached pages are kept while it
 *     does not
 * @param refreshSourceNow asks the ingester to poll a source soon; must not block
 * @param feedFinder asked for the feed behind each address entered in the operator's form, during the request; null
 *     to add every address as entered
 * @param features search and related articles, the AI panel and story briefings, each optional
 */
public record WebServices(
        SourceStore sources,
        ArticleStore articles,
        StoryStore stories,
        ReadingStore reading,
        LongSupplier contentVersion,
        Community community,
        PrometheusMeterRegistry metrics,
        LongConsumer refreshSourceNow,
        @Nullable FeedFinder feedFinder,
        Features features) {

    public WebServices {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(stories, "stories");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(contentVersion, "contentVersion");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(refreshSourceNow, "refreshSourceNow");
        Objects.requireNonNull(features, "features");
    }

    /**
     * The stores of {@code database}, with its {@link Database#version()} as the content version, and nothing
     * optional: no ingester to wake (adding or refreshing a source waits for its next scheduled poll), no feed
     * discovery in the operator's form, and {@link Features#NONE}.
     */
    public static WebServices of(Database database, Community community, PrometheusMeterRegistry metrics) {
        Objects.requireNonNull(database, "database");
        return new WebServices(
                database.sources(),
                database.articles(),
                database.stories(),
                database.reading(),
                database::version,
                community,
                metrics,
                sourceId -> {},
                null,
                Features.NONE);
    }

    /** These services with {@code refreshSourceNow} called when an operator adds or refreshes a source. */
    public WebServices withSourceRefresh(LongConsumer refreshSourceNow) {
        return new WebServices(
                sources,
                articles,
                stories,
                reading,
                contentVersion,
                community,
                metrics,
                refreshSourceNow,
                feedFinder,
                features);
    }

    /** These services with another content version, for a cache that must also follow other changes. */
    public WebServices withContentVersion(LongSupplier contentVersion) {
        return new WebServices(
                sources,
                articles,
                stories,
                reading,
                contentVersion,
                community,
                metrics,
                refreshSourceNow,
                feedFinder,
                features);
    }

    /**
     * These services with {@code feedFinder} asked for the feed behind each address entered in the operator's form:
     * a site's home page is added as the first feed found there, and one without any feed is refused with a 400. The
     * finder runs during the request, so give it a short limit, such as a {@link org.broadsheet.feed.FeedDiscovery}
     * over a fetcher with a 5 s total timeout and {@code withTimeBudget(Duration.ofSeconds(10))}.
     */
    public WebServices withFeedFinder(FeedFinder feedFinder) {
        Objects.requireNonNull(feedFinder, "feedFinder");
        return new WebServices(
                sources,
                articles,
                stories,
                reading,
                contentVersion,
                community,
                metrics,
                refreshSourceNow,
                feedFinder,
                features);
    }

    /** These services with the optional {@code features}: search and related articles, the AI panel, briefings. */
    public WebServices withFeatures(Features features) {
        return new WebServices(
                sources,
                articles,
                stories,
                reading,
                contentVersion,
                community,
                metrics,
                refreshSourceNow,
                feedFinder,
                features);
    }
}
