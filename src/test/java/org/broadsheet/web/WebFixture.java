package org.broadsheet.web;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

/** A real web server on a free port over a real SQLite file, with helpers to seed data and make requests. */
public final class WebFixture implements AutoCloseable {
    public final Database db;
    public final WebServer server;
    public final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    public final List<Long> refreshed = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public WebFixture(Path dir) {
        db = Database.open("jdbc:sqlite:" + dir.resolve("test.db"));
        server = WebServer.start(
                WebSettings.defaults().withPort(0), db.sources(), db.articles(), metrics, refreshed::add, db::version);
    }

    /** A server whose operator form asks {@code feedFinder} for the feed behind each address entered. */
    public WebFixture(Path dir, FeedFinder feedFinder) {
        db = Database.open("jdbc:sqlite:" + dir.resolve("test.db"));
        server = WebServer.start(
                WebSettings.defaults().withPort(0),
                db.sources(),
                db.articles(),
                metrics,
                refreshed::add,
                db::version,
                feedFinder);
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
                        "en",
                        "The full body of " + title + ".\n\nSecond paragraph.",
                        "<p>The full body of " + title + ".</p><p>Second paragraph.</p>",
                        "A short excerpt of " + title + ".",
                        URI.create("https://news.example/img/" + guid + ".jpg"),
                        9,
                        "hash-" + guid,
                        flag))
                .id();
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri(path)).headers(headers).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String form, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), uri(path).toString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
