package org.broadsheet.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.account.AccountSettings;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Role;
import org.broadsheet.store.Source;
import org.broadsheet.web.Community;
import org.broadsheet.web.WebServer;
import org.broadsheet.web.WebServices;
import org.broadsheet.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench comments}: starts the real server on a fresh SQLite database on 127.0.0.1, then runs many
 * signed-out readers loading article pages and signed-in commenters posting through the site's forms at once, and
 * reports errors, latency percentiles, and whether the database holds exactly the accepted comments. The per-minute
 * comment limits are lifted for the run (it measures capacity, not the limits); everything else is as served.
 */
@Command(
        name = "comments",
        mixinStandardHelpOptions = true,
        description = "Load test: concurrent readers and commenters against the real server on 127.0.0.1.")
final class BenchCommentsCommand implements Callable<Integer> {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "bench password for load";

    @Spec
    CommandSpec spec;

    @Option(names = "--readers", defaultValue = "200", description = "Concurrent readers (default: ${DEFAULT-VALUE}).")
    int readers = 200;

    @Option(
            names = "--commenters",
            defaultValue = "20",
            description = "Concurrent commenters (default: ${DEFAULT-VALUE}).")
    int commenters = 20;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of the run (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(
            names = "--articles",
            defaultValue = "20",
            description = "Articles to spread the load over (default: ${DEFAULT-VALUE}).")
    int articleCount = 20;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("broadsheet-bench-comments-");
        try (Broadsheet app =
                Broadsheet.open("jdbc:sqlite:" + dir.resolve("bench.db"), dir, FetchSettings.defaults())) {
            List<Long> articles = seed(app);
            Community community = app.community(
                    AccountSettings.defaults(),
                    CommentSettings.defaults().withHeldFirst(0).withRates(1_000_000, 1_000_000));
            for (int i = 0; i < commenters; i++) {
                community.accounts().create("commenter" + i, PASSWORD, Role.READER);
            }
            try (WebServer web = WebServer.start(
                    new WebSettings("127.0.0.1", 0, ZoneId.of("UTC"), "Broadsheet", false),
                    WebServices.of(app.database(), community, app.metrics()))) {
                return run(out, app, web.port(), articles);
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    private int run(PrintWriter out, Broadsheet app, int port, List<Long> articles) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpClient shared =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpClient> signedIn = new ArrayList<>();
        for (int i = 0; i < commenters; i++) {
            signedIn.add(logIn(base, "commenter" + i));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong errors = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        List<long[]> pageTimes = Collections.synchronizedList(new ArrayList<>());
        List<long[]> postTimes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            threads.add(Thread.ofVirtual()
                    .start(() -> pageTimes.add(loop(deadline, errors, () -> {
                        long id = articles.get(ThreadLocalRandom.current().nextInt(articles.size()));
                        HttpResponse<Void> res = shared.send(
                                HttpRequest.newBuilder(URI.create(base + "/articles/" + id))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        return res.statusCode() == 200;
                    }))));
        }
        for (int c = 0; c < commenters; c++) {
            HttpClient client = signedIn.get(c);
            String who = "commenter" + c;
            threads.add(Thread.ofVirtual().start(() -> {
                AtomicLong n = new AtomicLong();
                postTimes.add(loop(deadline, errors, () -> {
                    long id = articles.get(ThreadLocalRandom.current().nextInt(articles.size()));
                    String page = get(client, base + "/articles/" + id);
                    Matcher m = CSRF.matcher(page);
                    if (!m.find()) {
                        return false;
                    }
                    String form = "csrf=" + enc(m.group(1)) + "&body="
                            + enc("Comment " + n.incrementAndGet() + " from " + who + " at " + System.nanoTime());
                    HttpResponse<Void> res = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/articles/" + id + "/comments"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (res.statusCode() == 303) {
                        accepted.incrementAndGet();
                        return true;
                    }
                    return false;
                }));
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long stored = app.database().comments().count();
        out.printf(
                "%d readers and %d commenters for %d s against 127.0.0.1 (server and load in one JVM)%n",
                readers, commenters, seconds);
        report(out, "article page GET", pageTimes);
        report(out, "comment (page GET + form POST)", postTimes);
        out.printf("errors: %d%n", errors.get());
        out.printf(
                "comments accepted: %d, in the database: %d (%s)%n",
                accepted.get(), stored, stored == accepted.get() ? "equal" : "MISMATCH");
        return errors.get() == 0 && stored == accepted.get() ? 0 : 1;
    }

    /** A request that reports success; anything else, or an exception, counts as an error. */
    private interface Step {
        boolean run() throws IOException, InterruptedException;
    }

    private static long[] loop(long deadline, AtomicLong errors, Step step) {
        List<Long> times = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = step.run();
            } catch (IOException | InterruptedException | RuntimeException e) {
                ok = false;
            }
            times.add(System.nanoTime() - start);
            if (!ok) {
                errors.incrementAndGet();
            }
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    private static void report(PrintWriter out, String what, List<long[]> perThread) {
        long[] all = perThread.stream()
                .flatMapToLong(java.util.Arrays::stream)
                .sorted()
                .toArray();
        if (all.length == 0) {
            out.printf("%s: no requests%n", what);
            return;
        }
        out.printf(
                "%s: %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                what, all.length, at(all, 0.50), at(all, 0.99), all[all.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private List<Long> seed(Broadsheet app) {
        Source source =
                app.database().sources().add(NewSource.of("Bench News", URI.create("https://bench.example/feed")));
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < articleCount; i++) {
            String body = ("Paragraph " + i + " of a benchmark article. ").repeat(40);
            ids.add(app.database()
                    .articles()
                    .upsert(new ArticleDraft(
                            source.id(),
                            URI.create("https://bench.example/a" + i),
                            null,
                            "a" + i,
                            "Benchmark article " + i,
                            "Bench Writer",
                            now.minusSeconds(60L * i),
                            null,
                            now,
                            "en",
                            body,
                            "<p>" + body + "</p>",
                            body.substring(0, 200),
                            null,
                            300,
                            "h" + i,
                            null))
                    .id());
        }
        return ids;
    }

    private static HttpClient logIn(String base, String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Matcher m = CSRF.matcher(get(client, base + "/login"));
        if (!m.find()) {
            throw new IllegalStateException("the log-in page has no CSRF token");
        }
        String form = "csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(PASSWORD);
        HttpResponse<Void> res = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (res.statusCode() != 303) {
            throw new IllegalStateException("log-in of " + username + " answered " + res.statusCode());
        }
        return client;
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
