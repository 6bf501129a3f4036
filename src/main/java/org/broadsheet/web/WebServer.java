package org.broadsheet.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.ServiceUnavailableResponse;
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
import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.api.AiApi;
import org.broadsheet.api.ApiSearch;
import org.broadsheet.api.ApiV1;
import org.broadsheet.api.CommentsApi;
import org.broadsheet.feed.FeedFinder;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.SourceStore;
import org.broadsheet.store.StoryStore;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP server for readers, operators and API clients. {@link #routes} is the one table of every route; access
 * rules live in {@link Visitors} (sessions, CSRF) and {@link OperatorAccess}, and exception mapping in {@link
 * Failures}.
 */
public final class WebServer implements AutoCloseable {
    private static final List<String> ASSETS = List.of("site.css", "app.js", "ai.js", "logo.svg");
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
            StoryStore stories,
            Community community,
            PrometheusMeterRegistry metrics,
            LongConsumer refreshSourceNow,
            LongSupplier contentVersion) {
        return launch(
                settings,
                sources,
                articles,
                stories,
                community,
                metrics,
                refreshSourceNow,
                contentVersion,
                null,
                Features.NONE);
    }

    /**
     * Starts serving like {@link #start(WebSettings, SourceStore, ArticleStore, StoryStore, Community,
     * PrometheusMeterRegistry, LongConsumer, LongSupplier)}, with {@code feedFinder} asked for the feed behind each address entered in the operator's form:
     * a site's home page is added as the first feed found there, and one without any feed is refused with a 400. The
     * finder runs during the request, so give it a short limit, such as a {@link org.broadsheet.feed.FeedDiscovery}
     * over a fetcher with a 5 s total timeout and {@code withTimeBudget(Duration.ofSeconds(10))}.
     */
    public static WebServer start(
            WebSettings settings,
            SourceStore sources,
            ArticleStore articles,
            StoryStore stories,
            Community community,
            PrometheusMeterRegistry metrics,
            LongConsumer refreshSourceNow,
            LongSupplier contentVersion,
            FeedFinder feedFinder) {
        Objects.requireNonNull(feedFinder, "feedFinder");
        return launch(
                settings,
                sources,
                articles,
                stories,
                community,
                metrics,
                refreshSourceNow,
                contentVersion,
                feedFinder,
                Features.NONE);
    }

    /**
     * Starts serving like {@link #start(WebSettings, SourceStore, ArticleStore, StoryStore, Community,
     * PrometheusMeterRegistry, LongConsumer, LongSupplier, FeedFinder)}, with the optional {@code features}: search and related articles, the
     * AI panel.
     */
    public static WebServer start(
            WebSettings settings,
            SourceStore sources,
            ArticleStore articles,
            StoryStore stories,
            Community community,
            PrometheusMeterRegistry metrics,
            LongConsumer refreshSourceNow,
            LongSupplier contentVersion,
            FeedFinder feedFinder,
            Features features) {
        Objects.requireNonNull(feedFinder, "feedFinder");
        Objects.requireNonNull(features, "features");
        return launch(
                settings,
                sources,
                articles,
                stories,
                community,
                metrics,
                refreshSourceNow,
                contentVersion,
                feedFinder,
                features);
    }

    private static WebServer launch(
            WebSettings settings,
            SourceStore sources,
            ArticleStore articles,
            StoryStore stories,
            Community community,
            PrometheusMeterRegistry metrics,
            LongConsumer refreshSourceNow,
            LongSupplier contentVersion,
            @Nullable FeedFinder feedFinder,
            Features features) {
        Search search = features.search();
        RelatedArticles related = features.related();
        ArticleAssistant assistant = features.assistant();
        Site site = new Site(settings.siteName(), assetVersion());
        Templates templates = new Templates();
        TimeDisplay time = new TimeDisplay(settings.zone(), Clock.systemUTC());
        Views views = new Views(time);
        PageCache cache = new PageCache(contentVersion, CACHED_PAGES, PAGE_MAX_AGE, System::nanoTime);
        StoryPages storyPages =
                new StoryPages(sources, articles, stories, views, templates, cache, site, features.briefer());
        CommentViews commentViews = new CommentViews(time, community.comments());
        ReaderPages reader = new ReaderPages(
                sources,
                articles,
                views,
                templates,
                cache,
                site,
                community.comments(),
                commentViews,
                related,
                assistant,
                storyPages);
        Handler searchPage = search == null
                ? WebServer::searchUnavailable
                : new SearchPages(search, sources, views, templates, site)::page;
        Handler searchApi = WebServer::searchUnavailable;
        Handler relatedApi = WebServer::searchUnavailable;
        if (search != null && related != null) {
            ApiSearch apiSearch = new ApiSearch(search, related, articles);
            searchApi = apiSearch::search;
            relatedApi = apiSearch::related;
        }
        Finding finding = new Finding(searchPage, searchApi, relatedApi);
        AiApi ai = assistant == null ? null : new AiApi(articles, assistant);
        AdminPages admin = new AdminPages(sources, views, templates, site, refreshSourceNow, feedFinder);
        Visitors visitors = new Visitors(community.accounts(), community.sessionSeconds());
        Pages pages = new Pages(
                reader,
                storyPages,
                admin,
                new AccountPages(community.accounts(), visitors, templates, site, time),
                new CommentPages(community.comments(), reader, templates, site),
                new ModerationPages(community.moderation(), templates, site, time),
                new SystemEndpoints(articles, metrics, site, settings.metricsToken()),
                new ApiV1(sources, articles, stories),
                new CommentsApi(articles, community.comments(), community.accounts()),
                visitors,
                new OperatorAccess(settings.loopbackOperators()),
                finding,
                ai);
        Failures failures = new Failures(templates, site);
        RequestMetrics requestMetrics = new RequestMetrics(metrics);

        Javalin app = Javalin.create(config -> {
            configureServer(config, settings);
            config.requestLogger.http(requestMetrics::record);
            routes(config.routes, pages);
            failures.register(config.routes);
        });
        app.start();
        return new WebServer(app);
    }

    /** The handlers, so that the routes table can name them. */
    private record Pages(
            ReaderPages reader,
            StoryPages stories,
            AdminPages admin,
            AccountPages account,
            CommentPages comments,
            ModerationPages moderation,
            SystemEndpoints system,
            ApiV1 api,
            CommentsApi commentsApi,
            Visitors visitors,
            OperatorAccess operators,
            Finding finding,
            @Nullable AiApi ai) {}

    /** The search handlers: the real ones, or ones that say search is not set up. */
    private record Finding(Handler page, Handler api, Handler related) {}

    private static void searchUnavailable(Context ctx) {
        throw new ServiceUnavailableResponse("Search is not available on this server.");
    }

    /** Every route of the site, in one table. */
    private static void routes(RoutesConfig r, Pages p) {
        ReaderPages reader = p.reader();
        StoryPages stories = p.stories();
        AdminPages admin = p.admin();
        AccountPages account = p.account();
        CommentPages comments = p.comments();
        ModerationPages moderation = p.moderation();
        ApiV1 api = p.api();
        SystemEndpoints system = p.system();
        Finding finding = p.finding();
        AiApi ai = p.ai();
        r.before(WebServer::securityHeaders);
        r.before(p.visitors()::identify);
        r.before(p.operators()::check);

        r.get("/", reader::home);
        r.get("/articles/{id}", reader::article);
        r.get("/sources/{id}", reader::source);
        r.get("/search", finding.page());

        r.post("/articles/{id}/comments", comments::post);
        r.get("/comments/{id}/edit", comments::editForm);
        r.post("/comments/{id}/edit", comments::edit);
        r.post("/comments/{id}/delete", comments::delete);
        r.post("/comments/{id}/like", comments::like);
        r.get("/comments/{id}/report", comments::reportForm);
        r.post("/comments/{id}/report", comments::report);

        r.get("/signup", account::signUpForm);
        r.post("/signup", account::signUp);
        r.get("/login", account::logInForm);
        r.post("/login", account::logIn);
        r.post("/logout", account::logOut);
        r.post("/logout-everywhere", account::logOutEverywhere);
        r.get("/account", account::page);
        r.post("/account/password", account::changePassword);
        r.post("/account/tokens", account::createToken);
        r.post("/account/tokens/{id}/revoke", account::revokeToken);
        r.get("/stories/{id}", stories::story);

        r.get("/admin", p.operators()::home);
        r.get("/admin/sources", admin::list);
        r.post("/admin/sources", admin::add);
        r.post("/admin/sources/{id}/refresh", admin::refresh);
        r.post("/admin/sources/{id}/pause", admin::pause);
        r.post("/admin/sources/{id}/resume", admin::resume);
        r.post("/admin/sources/{id}/remove", admin::remove);
        r.post("/admin/sources/{id}/rule", admin::setRule);

        r.get("/admin/moderation", moderation::queue);
        r.post("/admin/moderation/terms", moderation::terms);
        r.post("/admin/moderation/{id}/approve", moderation::approve);
        r.post("/admin/moderation/{id}/reject", moderation::reject);
        r.post("/admin/moderation/{id}/hide", moderation::hide);
        r.get("/admin/users", moderation::users);
        r.post("/admin/users/{id}/ban", moderation::ban);
        r.post("/admin/users/{id}/unban", moderation::unban);
        r.post("/admin/users/{id}/role", moderation::role);
        r.get("/admin/audit", moderation::audit);

        r.get("/api/v1/articles", api::articles);
        r.get("/api/v1/articles/{id}", api::article);
        r.get("/api/v1/articles/{id}/comments", p.commentsApi()::list);
        r.post("/api/v1/articles/{id}/comments", p.commentsApi()::post);
        r.get("/api/v1/articles/{id}/related", finding.related());
        r.get("/api/v1/search", finding.api());
        r.get("/api/v1/sources", api::sources);
        if (ai != null) {
            r.get("/api/v1/articles/{id}/summary", ai::summary);
            r.post("/api/v1/articles/{id}/ask", ai::ask);
        }
        r.get("/api/v1/stories", api::stories);
        r.get("/api/v1/stories/{id}", api::story);

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
        // A known address asked with another method is a 405 with Allow, not a 404.
        config.http.prefer405over404 = true;
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
                "default-src 'self'; script-src 'self'; img-src 'self' https: http: data:; media-src https: http:; "
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
