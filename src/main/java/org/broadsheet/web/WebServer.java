package org.broadsheet.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;
import org.broadsheet.api.ApiV1;
import org.broadsheet.feed.FeedFinder;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.SourceStore;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP server for readers, operators and API clients. {@link #routes} is the one table of every route; access
 * rules live in {@link OperatorAccess} and exception mapping in {@link Failures}.
 */
public final class WebServer implements AutoCloseable {
    private static final List<String> ASSETS = List.of("site.css", "app.js", "logo.svg");
    private static final int CACHED_PAGES = 2000;
    private static final Duration PAGE_MAX_AGE = Duration.ofSeconds(30);

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving on {@code settings.host()} and {@code settings.port()} and returns once the port is bound. The
     * operator's form adds every address as entered, without looking for a feed behind it; use the overload with a
     * {@link FeedFinder} for that.
     *
     * @param refreshSourceNow asks the ingester to poll a source soon; must not block
     * @param contentVersion a number that changes whenever articles or sources change; cached pages are kept while it
     *     does not
     */
    public static WebServer start(
            WebSettings settings,
            SourceStore sources,
            ArticleStore articles,
            PrometheusMeterRegistry metrics,
            LongConsumer refreshSourceNow,
            LongSupplier contentVersion) {
        return launch(settings, sources, articles, metrics, refreshSourceNow, contentVersion, null);
    }

    /**
     * Starts serving like {@link #start(WebSettings, SourceStore, ArticleStore, PrometheusMeterRegistry, LongConsumer,
     * LongSupplier)}, with {@code feedFinder} asked for the feed behind each address entered in the operator's form:
     * a site's home page is added as the first feed found there, and one without any feed is refused with a 400. The
     * finder runs during the request, so give it a short limit, such as a {@link org.broadsheet.feed.FeedDiscovery}
     * over a fetcher with a 5 s total timeout and {@code withTimeBudget(Duration.ofSeconds(10))}.
     */
    public static WebServer start(
            WebSettings settings,
            SourceStore sources,
            ArticleStore articles,
            PrometheusMeterRegistry metrics,
            LongConsumer refreshSourceNow,
            LongSupplier contentVersion,
            FeedFinder feedFinder) {
        Objects.requireNonNull(feedFinder, "feedFinder");
        return launch(settings, sources, articles, metrics, refreshSourceNow, contentVersion, feedFinder);
    }

    private static WebServer launch(
            WebSettings settings,
            SourceStore sources,
            ArticleStore articles,
            PrometheusMeterRegistry metrics,
            LongConsumer refreshSourceNow,
            LongSupplier contentVersion,
            @Nullable FeedFinder feedFinder) {
        Site site = new Site(settings.siteName(), assetVersion());
        Templates templates = new Templates();
        Views views = new Views(new TimeDisplay(settings.zone(), Clock.systemUTC()));
        PageCache cache = new PageCache(contentVersion, CACHED_PAGES, PAGE_MAX_AGE, System::nanoTime);
        ReaderPages reader = new ReaderPages(sources, articles, views, templates, cache, site);
        AdminPages admin = new AdminPages(sources, views, templates, site, refreshSourceNow, feedFinder);
        SystemEndpoints system = new SystemEndpoints(articles, metrics, site);
        ApiV1 api = new ApiV1(sources, articles);
        Failures failures = new Failures(templates, site);
        RequestMetrics requestMetrics = new RequestMetrics(metrics);

        Javalin app = Javalin.create(config -> {
            configureServer(config, settings);
            config.requestLogger.http(requestMetrics::record);
            routes(config.routes, reader, admin, api, system);
            failures.register(config.routes);
        });
        app.start();
        return new WebServer(app);
    }

    /** Every route of the site, in one table. */
    private static void routes(
            RoutesConfig r, ReaderPages reader, AdminPages admin, ApiV1 api, SystemEndpoints system) {
        r.before(WebServer::securityHeaders);
        r.before(OperatorAccess::check);

        r.get("/", reader::home);
        r.get("/articles/{id}", reader::article);
        r.get("/sources/{id}", reader::source);

        r.get("/admin/sources", admin::list);
        r.post("/admin/sources", admin::add);
        r.post("/admin/sources/{id}/refresh", admin::refresh);
        r.post("/admin/sources/{id}/pause", admin::pause);
        r.post("/admin/sources/{id}/resume", admin::resume);
        r.post("/admin/sources/{id}/remove", admin::remove);
        r.post("/admin/sources/{id}/rule", admin::setRule);

        r.get("/api/v1/articles", api::articles);
        r.get("/api/v1/articles/{id}", api::article);
        r.get("/api/v1/sources", api::sources);

        r.get("/healthz", system::health);
        r.get("/metrics", system::metrics);
        r.get("/manifest.webmanifest", system::manifest);
    }

    private static void configureServer(JavalinConfig config, WebSettings settings) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.concurrency.useVirtualThreads = true;
        // Only gzip: the brotli and zstd libraries are not on the class path.
        config.http.compressionStrategy = CompressionStrategy.GZIP;
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/static";
            files.location = Location.CLASSPATH;
            files.precompressMaxSize = 256 * 1024;
            // Pages link assets with a fingerprint (?v=...), so a changed file has a new address.
            files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' https: http: data:; media-src https: http:; "
                        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'");
    }

    /** A fingerprint of the static assets, so that their addresses change when their contents do. */
    private static String assetVersion() {
        CRC32 crc = new CRC32();
        for (String name : ASSETS) {
            try (InputStream in = WebServer.class.getResourceAsStream("/static/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("static asset missing from the class path: " + name);
                }
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read static asset " + name, e);
            }
        }
        return Long.toString(crc.getValue(), 36);
    }

    /** The port the server listens on: the configured one, or the one chosen when 0 was configured. */
    public int port() {
        return app.port();
    }

    /** Stops accepting requests, lets those in flight finish, and releases the port. */
    @Override
    public void close() {
        app.stop();
    }
}
