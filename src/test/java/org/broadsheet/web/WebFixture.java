package org.broadsheet.web;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.broadsheet.account.AccountSettings;
import org.broadsheet.account.Accounts;
import org.broadsheet.account.Argon2Settings;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.comment.Comments;
import org.broadsheet.comment.Moderation;
import org.broadsheet.feed.FeedFinder;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.ContentFlag;
import org.broadsheet.store.Database;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * A real web server on a free port over a real SQLite file, with helpers to seed data and make requests. Requests go
 * through a default {@link Browser} that keeps cookies; {@link #browser()} gives more, one per person in a test.
 */
public final class WebFixture implements AutoCloseable {
    /** Cheap password hashing and near-zero log-in delays, so that tests stay fast. */
    public static final AccountSettings ACCOUNT_SETTINGS = AccountSettings.defaults()
            .withArgon2(Argon2Settings.FAST_FOR_TESTS)
            .withDelays(Duration.ofMillis(1), Duration.ofMillis(5));

    public final Database db;
    public final WebServer server;
    public final Accounts accounts;
    public final Moderation moderation;
    public final Comments comments;
    public final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    public final List<Long> refreshed = new CopyOnWriteArrayList<>();
    private final Browser browser;

    public WebFixture(Path dir) {
        this(dir, WebSettings.defaults(), CommentSettings.defaults(), null);
    }

    /** A server whose operator form asks {@code feedFinder} for the feed behind each address entered. */
    public WebFixture(Path dir, FeedFinder feedFinder) {
        this(dir, WebSettings.defaults(), CommentSettings.defaults(), feedFinder);
    }

    /** A server with the given settings (loopback operators or not) and comment rules. */
    public WebFixture(Path dir, WebSettings settings, CommentSettings commentSettings, @Nullable FeedFinder finder) {
        this("jdbc:sqlite:" + dir.resolve("test.db"), settings, commentSettings, finder);
    }

    /** A server over the database at {@code jdbcUrl}, for a database opened with unusual settings. */
    public WebFixture(
            String jdbcUrl, WebSettings settings, CommentSettings commentSettings, @Nullable FeedFinder finder) {
        db = Database.open(jdbcUrl);
        Clock clock = Clock.systemUTC();
        accounts = new Accounts(db.accounts(), ACCOUNT_SETTINGS, clock);
        moderation = new Moderation(db.comments(), db.accounts(), db.moderation(), clock);
        comments = new Comments(db.comments(), db.articles(), moderation, commentSettings, clock);
        Community community = new Community(accounts, comments, moderation, ACCOUNT_SETTINGS.sessionLifetime());
        WebServices services = WebServices.of(db, community, metrics).withSourceRefresh(refreshed::add);
        if (finder != null) {
            services = services.withFeedFinder(finder);
        }
        server = WebServer.start(settings.withPort(0), services);
        browser = new Browser();
    }

    /** Accounts, comments and moderation over {@code db} with the test settings, for servers built by hand. */
    public static Community community(Database db) {
        Clock clock = Clock.systemUTC();
        Accounts accounts = new Accounts(db.accounts(), ACCOUNT_SETTINGS, clock);
        Moderation moderation = new Moderation(db.comments(), db.accounts(), db.moderation(), clock);
        Comments comments = new Comments(db.comments(), db.articles(), moderation, CommentSettings.defaults(), clock);
        return new Community(accounts, comments, moderation, ACCOUNT_SETTINGS.sessionLifetime());
    }

    public Source source(String name, DisplayPolicy display) {
        return db.sources()
                .add(NewSource.of(
                                name,
                                URI.create("https://" + name.replace(" ", "").toLowerCase() + ".example/feed"))
                        .withHomepage(
                                URI.create("https://" + name.replace(" ", "").toLowerCase() + ".example/"))
                        .withCountry("GB")
                        .withLanguage("en")
                        .withDisplay(display));
    }

    /** Stores an article published {@code age} ago and returns its id. */
    public long article(Source source, String guid, String title, Duration age) {
        return article(source, guid, title, age, null);
    }

    /** Stores an article published {@code age} ago with a content flag, and returns its id. */
    public long article(Source source, String guid, String title, Duration age, @Nullable ContentFlag flag) {
        return article(source, guid, title, age, flag, "en");
    }

    /** Stores an article in {@code language} published {@code age} ago, and returns its id. */
    public long article(
            Source source, String guid, String title, Duration age, @Nullable ContentFlag flag, String language) {
        Instant published = Instant.now().minus(age);
        return db.articles()
                .upsert(new ArticleDraft(
                        source.id(),
                        URI.create("https://news.example/" + guid),
                        null,
                        guid,
                        title,
                        "Ada Writer",
                        published,
                        null,
                        published.plusSeconds(30),
                        language,
                        "The full body of " + title + ".\n\nSecond paragraph.",
                        "<p>The full body of " + title + ".</p><p>Second paragraph.</p>",
                        "A short excerpt of " + title + ".",
                        URI.create("https://news.example/img/" + guid + ".jpg"),
                        9,
                        "hash-" + guid,
                        flag))
                .id();
    }

    /** A new browser with its own cookies. */
    public Browser browser() {
        return new Browser();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return browser.get(path, headers);
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        return browser.getBytes(path, headers);
    }

    /** Posts a form with this browser's CSRF token added, as the site's own forms do. */
    public HttpResponse<String> post(String path, String form, String... headers)
            throws IOException, InterruptedException {
        return browser.post(path, form, headers);
    }

    public Document page(String path) throws IOException, InterruptedException {
        return browser.page(path);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }

    /** URL-encodes a form field's value. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One browser: an HTTP client with its own cookie jar, which does not follow redirects. */
    public final class Browser {
        public final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        /** The CSRF token this browser's forms carry now (read from the log-in page's form). */
        public String csrf() throws IOException, InterruptedException {
            return Jsoup.parse(get("/login").body())
                    .selectFirst("input[name=csrf]")
                    .attr("value");
        }

        /** Posts a form with this browser's CSRF token added. */
        public HttpResponse<String> post(String path, String form, String... headers)
                throws IOException, InterruptedException {
            String body = (form.isEmpty() ? "" : form + "&") + "csrf=" + enc(csrf());
            return postRaw(path, body, headers);
        }

        /** Posts a form exactly as given, without a CSRF token unless it contains one. */
        public HttpResponse<String> postRaw(String path, String form, String... headers)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Sends any request, for the API. */
        public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        public Document page(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = get(path);
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return Jsoup.parse(response.body(), uri(path).toString());
        }

        /** Signs up through the form (which also logs in); fails the test unless it worked. */
        public Browser signUp(String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> r =
                    post("/signup", "username=" + enc(username) + "&password=" + enc(password) + "&next=%2F");
            if (r.statusCode() != 303) {
                throw new AssertionError("sign-up answered " + r.statusCode() + ": " + r.body());
            }
            return this;
        }

        /** Logs in through the form; returns the response. */
        public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
            return post("/login", "username=" + enc(username) + "&password=" + enc(password));
        }

        /** The value of a cookie this browser holds, or null. */
        public @Nullable String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }
    }
}
