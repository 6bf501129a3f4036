package org.broadsheet.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import org.broadsheet.ai.ArticleAssistant;
import org.broadsheet.api.AiApi;
import org.broadsheet.api.ApiSearch;
import org.broadsheet.api.ApiV1;
import org.broadsheet.api.CommentsApi;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.sync.FeverApi;
import org.broadsheet.sync.GoogleReaderApi;
import org.broadsheet.sync.RateLimiter;
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
     * Starts serving {@code services} on {@code settings.host()} and {@code settings.port()} and returns once the port
     * is bound.
     */
    public static WebServer start(WebSettings settings, WebServices services) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(services, "services");
        Site site = new Site(settings.siteName(), assetVersion());
        TimeDisplay time = new TimeDisplay(settings.zone(), Clock.systemUTC());
        PageCache cache = new PageCache(services.contentVersion(), CACHED_PAGES, PAGE_MAX_AGE, System::nanoTime);
        PageTools tools = new PageTools(
                site, new Templates(), new Views(time, services.features().media()), time, cache);
        Community community = services.community();
        Visitors visitors = new Visitors(community.accounts(), community.sessionSeconds());
        OperatorAccess operators = new OperatorAccess(settings.loopbackOperators());
        StorageHealth storage = new StorageHealth(Clock.systemUTC());
        Failures failures = new Failures(tools.templates(), site, storage);
        RequestMetrics requestMetrics = new RequestMetrics(services.metrics());

        Javalin app = Javalin.create(config -> {
            configureServer(config, settings);
            config.requestLogger.http(requestMetrics::record);
            Access access = new Access(visitors, operators, settings.metricsToken());
            routes(config.routes, services, tools, access, storage);
            failures.register(config.routes);
        });
        app.start();
        return new WebServer(app);
    }

    /**
     * The access rules: who the visitor is and who may use the operator pages (run before every handler), and the
     * token {@code /metrics} asks for (none: loopback only).
     */
    private record Access(
            Visitors visitors,
            OperatorAccess operators,
            @Nullable String metricsToken) {}

    /** The search handlers: the real ones, or ones that say search is not set up. */
    private record Finding(Handler page, Handler api, Handler related) {
        static Finding of(WebServices services, PageTools tools) {
            Search search = services.features().search();
            RelatedArticles related = services.features().related();
            if (search == null) {
                return new Finding(
                        WebServer::searchUnavailable, WebServer::searchUnavailable, WebServer::searchUnavailable);
            }
            Handler page = new SearchPages(search, services, tools)::page;
            if (related == null) {
                return new Finding(page, WebServer::searchUnavailable, WebServer::searchUnavailable);
            }
            ApiSearch api = new ApiSearch(search, related, services.articles());
            return new Finding(page, api::search, api::related);
        }
    }

    private static void searchUnavailable(Context ctx) {
        throw new ServiceUnavailableResponse("Search is not available on this server.");
    }

    /**
     * Every route of the site, in one table, after the controllers that serve them. A new page is a controller taking
     * {@code (services, tools)}, constructed here, and its routes here.
     */
    private static void routes(
            RoutesConfig r, WebServices services, PageTools tools, Access access, StorageHealth storage) {
        StoryPages stories = new StoryPages(services, tools);
        ReaderPages reader = new ReaderPages(services, tools, stories);
        FrontPages front = new FrontPages(services, tools);
        IndexPages indexes = new IndexPages(services, tools);
        AdminPages admin = new AdminPages(services, tools);
        AccountPages account = new AccountPages(services, tools, access.visitors());
        CommentPages comments = new CommentPages(services, tools, reader);
        ModerationPages moderation = new ModerationPages(services, tools);
        SystemEndpoints system = new SystemEndpoints(services, tools, access.metricsToken(), storage);
        Crawlers crawlers = new Crawlers(services, tools, Clock.systemUTC());
        ApiV1 api = new ApiV1(services.sources(), services.articles(), services.stories());
        Community community = services.community();
        CommentsApi commentsApi = new CommentsApi(services.articles(), community.comments(), community.accounts());
        Finding finding = Finding.of(services, tools);
        ArticleAssistant assistant = services.features().assistant();
        AiApi ai = assistant == null ? null : new AiApi(services.articles(), assistant);
        RateLimiter syncLimit = RateLimiter.perAppPassword();
        FeverApi fever = new FeverApi(
                services.sources(),
                services.articles(),
                services.reading(),
                community.accounts().appPasswords(),
                syncLimit,
                Clock.systemUTC());
        GoogleReaderApi greader = new GoogleReaderApi(
                services.sources(),
                services.articles(),
                services.reading(),
                community.accounts().appPasswords(),
                syncLimit,
                Clock.systemUTC());
        boolean proxied = services.features().media().enabled();
        r.before(ctx -> securityHeaders(ctx, proxied));
        r.before(access.visitors()::identify);
        r.before(access.operators()::check);

        r.get("/", front::page);
        r.get("/latest", reader::latest);
        r.get("/stories", indexes::stories);
        r.get("/sources", indexes::sources);
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
        r.post("/account/app-passwords", account::createAppPassword);
        r.post("/account/app-passwords/{id}/revoke", account::revokeAppPassword);
        r.get("/stories/{id}", stories::story);

        r.get("/admin", access.operators()::home);
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
        r.get("/api/v1/articles/{id}/comments", commentsApi::list);
        r.post("/api/v1/articles/{id}/comments", commentsApi::post);
        r.get("/api/v1/articles/{id}/related", finding.related());
        r.get("/api/v1/search", finding.api());
        r.get("/api/v1/sources", api::sources);
        if (ai != null) {
            r.get("/api/v1/articles/{id}/summary", ai::summary);
            r.post("/api/v1/articles/{id}/ask", ai::ask);
        }
        r.get("/api/v1/stories", api::stories);
        r.get("/api/v1/stories/{id}", api::story);

        r.get("/fever", fever::handle);
        r.post("/fever", fever::handle);
        r.get("/fever/", fever::handle);
        r.post("/fever/", fever::handle);
        r.post("/accounts/ClientLogin", greader::clientLogin);
        r.get("/accounts/ClientLogin", greader::clientLogin);
        r.get("/reader/api/0/token", greader::token);
        r.get("/reader/api/0/user-info", greader::userInfo);
        r.get("/reader/api/0/subscription/list", greader::subscriptions);
        r.post("/reader/api/0/subscription/edit", greader::editSubscription);
        r.post("/reader/api/0/subscription/quickadd", greader::quickAdd);
        r.get("/reader/api/0/tag/list", greader::tags);
        r.get("/reader/api/0/unread-count", greader::unreadCount);
        r.get("/reader/api/0/stream/items/ids", greader::streamItemIds);
        r.get("/reader/api/0/stream/contents", greader::streamContents);
        r.get("/reader/api/0/stream/contents/<stream>", greader::streamContents);
        r.get("/reader/api/0/stream/items/contents", greader::itemContents);
        r.post("/reader/api/0/stream/items/contents", greader::itemContents);
        r.post("/reader/api/0/edit-tag", greader::editTag);
        r.post("/reader/api/0/mark-all-as-read", greader::markAllAsRead);

        r.get("/healthz", system::health);
        r.get("/metrics", system::metrics);
        r.get("/manifest.webmanifest", system::manifest);
        r.get("/robots.txt", crawlers::robots);
        r.get("/sitemap.xml", crawlers::index);
        r.get("/sitemap-pages.xml", crawlers::pages);
        r.get("/sitemap-news.xml", crawlers::news);
        r.get("/favicon.ico", crawlers::favicon);
        r.get("/media/{signature}/{url}", services.features().media()::serve);
    }

    private static void configureServer(JavalinConfig config, WebSettings settings) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        // ctx.ip(), which the log-in limits and comments use, is the client behind the trusted proxies.
        TrustedProxies proxies = TrustedProxies.of(settings.trustedProxies());
        config.contextResolver.ip = ctx -> proxies.clientAddress(
                ctx.req().getRemoteAddr(),
                Collections.list(ctx.req().getHeaders("Forwarded")),
                Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
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

    /** With the image proxy on, images come only from the site itself (and inline data), never from elsewhere. */
    private static void securityHeaders(Context ctx, boolean proxiedImages) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        String images = proxiedImages ? "img-src 'self' data:; " : "img-src 'self' https: http: data:; ";
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; " + images + "media-src https: http:; "
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
