package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.ContentFlag;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reextract} and {@code sources set-rule} against a real SQLite file and pages served on 127.0.0.1. */
class ReextractCommandTest {
    private static final String SENTENCE = "The harbour board met on Tuesday and agreed the new wall, its chair said. ";

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, String> pages = Map.of(
            "/news/ruled",
            "<html><body><div class=story><p>" + "Story words, in the body the rule names. ".repeat(30)
                    + "</p></div><div class=related><p>" + "A long related piece nobody asked for, here. ".repeat(60)
                    + "</p></div></body></html>",
            "/news/locked",
            "<html><body><article><p>" + SENTENCE.repeat(3) + "</p><p>Subscribe to continue reading.</p>"
                    + "</article></body></html>");

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void updatesInPlaceWithTheSourcesRuleAndKeepsWhatFailsOrShrinks() {
        long sourceId;
        long ruled, gone, locked;
        try (Database db = Database.open(Database.sqliteUrl(dir))) {
            Source source = db.sources().add(NewSource.of("Harbour News", URI.create(base + "/feed.xml")));
            sourceId = source.id();
            ruled = store(db, sourceId, "ruled", "Old text of the ruled story.");
            gone = store(db, sourceId, "gone", SENTENCE.repeat(5));
            locked = store(db, sourceId, "locked", SENTENCE.repeat(40));
        }
        assertThat(run("sources", "set-rule", "--data", dir.toString(), String.valueOf(sourceId), "div.story >>")
                        .err())
                .startsWith("INVALID_RULE:");
        CliRun set = run("sources", "set-rule", "--data", dir.toString(), String.valueOf(sourceId), "div.story");
        assertThat(set.exitCode()).isZero();

        CliRun result = run("reextract", "--data", dir.toString(), "--allow-private-addresses");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.out())
                .contains("Harbour News")
                .contains("article " + gone + ": HTTP_404")
                .contains("3 articles re-extracted, 1 failed");
        try (Database db = Database.open(Database.sqliteUrl(dir))) {
            Article updated = db.articles().find(ruled).orElseThrow();
            assertThat(updated.text()).contains("Story words").doesNotContain("related piece");
            assertThat(updated.contentFlag()).isNull();
            assertThat(db.articles().find(gone).orElseThrow().text()).isEqualTo(SENTENCE.repeat(5));
            Article kept = db.articles().find(locked).orElseThrow();
            assertThat(kept.text()).isEqualTo(SENTENCE.repeat(40));
            assertThat(kept.contentFlag()).isEqualTo(ContentFlag.PAYWALLED);
        }
    }

    @Test
    void refusesAnUnknownSource() {
        CliRun result = run("reextract", "--data", dir.toString(), "--source", "42");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("NOT_FOUND");
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private long store(Database db, long sourceId, String slug, String text) {
        Instant at = Instant.parse("2024-05-01T10:00:00Z");
        return db.articles()
                .upsert(new ArticleDraft(
                        sourceId,
                        URI.create(base + "/news/" + slug),
                        null,
                        "guid-" + slug,
                        "Title " + slug,
                        null,
                        at,
                        null,
                        at,
                        "en",
                        text,
                        "<p>" + text + "</p>",
                        text,
                        null,
                        text.split("\\s+").length,
                        "hash-" + slug,
                        null))
                .id();
    }
}
