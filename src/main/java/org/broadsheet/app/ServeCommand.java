package org.broadsheet.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.broadsheet.account.AccountSettings;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.demo.DemoServer;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.web.Community;
import org.broadsheet.web.Features;
import org.broadsheet.web.MediaProxy;
import org.broadsheet.web.WebServer;
import org.broadsheet.web.WebServices;
import org.broadsheet.web.WebSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code broadsheet serve}: the website, the JSON API and the ingestion scheduler in one process. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Runs the website and API and polls the sources in the background.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    StorageOptions storage = new StorageOptions();

    @Mixin
    LlmOptions llm = new LlmOptions();

    FetchOptions fetching = new FetchOptions();

    @Option(
            names = "--port",
            defaultValue = "${env:BROADSHEET_PORT:-8080}",
            description = "HTTP port (default: ${DEFAULT-VALUE}; env BROADSHEET_PORT).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "${env:BROADSHEET_HOST:-127.0.0.1}",
            description =
                    "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}; env BROADSHEET_HOST).")
    String host = "127.0.0.1";

    @Option(
            names = "--zone",
            defaultValue = "${env:BROADSHEET_ZONE:-UTC}",
            description = "Time zone for dates shown on pages (default: ${DEFAULT-VALUE}; env BROADSHEET_ZONE).")
    ZoneId zone = ZoneId.of("UTC");

    @Option(
            names = "--demo",
            description = "Serve the bundled demo corpus on 127.0.0.1 and ingest it through the real pipeline.")
    boolean demo;

    @Option(
            names = "--allow-private-addresses",
            defaultValue = "${env:BROADSHEET_ALLOW_PRIVATE_ADDRESSES:-false}",
            description =
                    "Allow fetching from loopback and private networks (intranets); --demo allows only its own corpus server.")
    boolean allowPrivate;

    @Option(
            names = "--metrics-token",
            defaultValue = "${env:BROADSHEET_METRICS_TOKEN}",
            description = "Bearer token that /metrics asks for, at least 16 characters; without one, /metrics answers"
                    + " only on this machine (env BROADSHEET_METRICS_TOKEN, which keeps it out of process lists).")
    @Nullable
    String metricsToken;

    @Option(
            names = "--trusted-proxy",
            paramLabel = "CIDR",
            description = "A reverse proxy (an address or a CIDR block, such as 127.0.0.1 or 10.0.0.0/8) whose"
                    + " X-Forwarded-For and Forwarded headers name the client, for the log-in limits and comments."
                    + " Repeatable. From any other peer those headers are ignored.")
    List<String> trustedProxies = new ArrayList<>();

    @Option(
            names = "--media-proxy",
            defaultValue = "${env:BROADSHEET_MEDIA_PROXY:-on}",
            description = "Serve article images through this site (on, the default) so that readers' browsers never"
                    + " contact publishers or the addresses articles name; off links images where they are (env"
                    + " BROADSHEET_MEDIA_PROXY).")
    Toggle mediaProxy = Toggle.on;

    /** A setting that is on or off. */
    enum Toggle {
        on,
        off
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--comment-days",
            defaultValue = "${env:BROADSHEET_COMMENT_DAYS:-14}",
            description = "Days after publication that an article takes comments (default: ${DEFAULT-VALUE}).")
    int commentDays = 14;

    @Option(
            names = "--held-comments",
            defaultValue = "${env:BROADSHEET_HELD_COMMENTS:-3}",
            description =
                    "How many of a new account's first comments wait for a moderator (default: ${DEFAULT-VALUE}).")
    int heldComments = 3;

    @Option(
            names = "--warm-up",
            description = "Start, poll every source once, render the home page and the newest article, then exit."
                    + " The launcher runs this after each build to record a class-data archive for a faster start.")
    boolean warmUp;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        WebSettings webSettings;
        try {
            webSettings = new WebSettings(host, port, zone, "Broadsheet", demo)
                    .withMetricsToken(metricsToken == null || metricsToken.isBlank() ? null : metricsToken)
                    .withTrustedProxies(trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Parts parts = new Parts();
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered first, so that a stop during start-up also closes what is open by then.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            log.info("shutting down: finishing polls in flight");
            parts.close();
            stopped.countDown();
        }));

        // The demo's corpus server starts first, so that the fetcher can allow exactly its origin on loopback and
        // refuse every other internal address as a real site does.
        DemoServer demoServer = demo ? parts.demo(DemoPort.start(storage.dataDir)) : null;
        FetchSettings allowed = FetchSettings.defaults().withAllowPrivateAddresses(allowPrivate);
        if (demoServer != null) {
            allowed = allowed.withAllowedInternalOrigin(demoServer.baseUri());
        }
        FetchSettings fetchSettings = fetching.apply(allowed);
        Broadsheet app = parts.app(
                Broadsheet.open(storage.jdbcUrl(), storage.dataDir, fetchSettings, fetching.ingest(), llm.settings()));
        // Pages first: the site answers while the pipeline and the demo corpus are still being set up.
        // Only the demo keeps the loopback rule for the sources page; a real site's operators log in (users add).
        Community community = app.community(
                AccountSettings.defaults(),
                CommentSettings.defaults()
                        .withOpenFor(Duration.ofDays(commentDays))
                        .withHeldFirst(heldComments));
        WebServer web = parts.web(WebServer.start(
                webSettings,
                WebServices.of(app.database(), community, app.metrics())
                        .withSourceRefresh(sourceId -> app.scheduler().pollNow(sourceId))
                        .withFeedFinder(app.feedFinder())
                        .withFeatures(Features.NONE
                                .withSearch(app.search(), app.related())
                                .withAssistant(app.assistant())
                                .withBriefer(app.briefer())
                                .withMedia(mediaProxy == Toggle.on ? app.mediaProxy() : MediaProxy.OFF))));
        // Background work (polls, extraction, embeddings) keeps both cores busy from the moment it starts; answering
        // the front page once first means that a reader's first page does not wait behind it for cold code.
        answerFrontPageOnce(host, web);
        if (demoServer != null) {
            new DemoSources(app.database().sources()).register(demoServer.sources());
        }
        if (warmUp) {
            try {
                return warmUp(app, web);
            } finally {
                parts.close();
            }
        }
        app.scheduler().start();
        app.afterStore().start();
        log.info(
                "Broadsheet is running at http://localhost:{}/ (started in {} ms, database {})",
                web.port(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                app.database().isPostgres() ? "PostgreSQL" : "SQLite " + storage.dataDir);
        stopped.await();
        return 0;
    }

    /**
     * What a running server holds, closed once in the order that loses nothing: stop taking requests, let polls in
     * flight finish and close the database, then stop the demo corpus the polls were reading.
     */
    private static final class Parts {
        private @Nullable WebServer web;
        private @Nullable Broadsheet app;
        private @Nullable DemoServer demo;

        synchronized Broadsheet app(Broadsheet value) {
            app = value;
            return value;
        }

        synchronized WebServer web(WebServer value) {
            web = value;
            return value;
        }

        synchronized DemoServer demo(DemoServer value) {
            demo = value;
            return value;
        }

        synchronized void close() {
            if (web != null) {
                web.close();
                web = null;
            }
            if (app != null) {
                app.close();
                app = null;
            }
            if (demo != null) {
                demo.close();
                demo = null;
            }
        }
    }

    /** Requests the front page from the server itself, so that its code is loaded and compiled; a failure is ignored. */
    private static void answerFrontPageOnce(String host, WebServer web) {
        String address = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (address.contains(":")) {
            address = "[" + address + "]";
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            http.send(
                    HttpRequest.newBuilder(URI.create("http://" + address + ":" + web.port() + "/"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            log.debug("the first front page was not answered: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One pass over every path a first visit takes, so that a class-data archive recorded now covers them. */
    private static int warmUp(Broadsheet app, WebServer web) throws IOException, InterruptedException {
        app.scheduler().pollAllOnce();
        app.afterStore().reconcile();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + web.port();
        List<String> paths =
                new ArrayList<>(List.of("/", "/api/v1/articles", "/search?q=storm", "/api/v1/search?q=storm"));
        app.database().articles().list(ArticleQuery.latest(1)).forEach(a -> paths.add("/articles/" + a.id()));
        for (String path : paths) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                log.warn("warm-up: {} answered {}", path, response.statusCode());
                return 1;
            }
        }
        log.info("warm-up done: {} pages rendered", paths.size());
        return 0;
    }
}
