package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.ai.Embedder;
import org.broadsheet.comment.Comments;
import org.broadsheet.search.IndexedArticle;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.store.Account;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Role;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps every route, HTML and API, GET and POST, with a table of hostile inputs (broken query syntax, odd numbers,
 * control characters, undecodable percent escapes, unknown charsets, malformed multipart bodies, broken JSON) as a
 * signed-out visitor, a reader and an admin: a client's bad input is a 4xx, never a 5xx.
 */
class WebHostileInputTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dir;

    static Database db;
    static SearchIndex index;
    static Embedder embedder;
    static WebServer server;
    static long articleId;
    static long commentId;
    static String adminToken;
    /** Logged in once, before any sweep, so that the sweeps' own failed log-ins cannot lock the accounts out. */
    static List<Who> who;

    /** The query values tried in every parameter of every GET route. */
    static final List<String> HOSTILE_VALUES = List.of(
            "a~",
            "ab~2",
            "abc~2",
            "abc~0.3",
            "a^-1",
            "a^0",
            "*",
            "?",
            "a*",
            "\"",
            "(",
            ")",
            "[a TO",
            "{a TO b}",
            "/regex/",
            "/[/",
            "a:b",
            "title:",
            "AND",
            "NOT",
            "\\",
            "-",
            "0",
            "-1",
            "99999999999999999999",
            "1e400",
            "NaN",
            "2026-13-45",
            "9999-12-31",
            "-999999999-01-01",
            "\u0000",
            "\u202e",
            "🙂",
            "x".repeat(5000));

    /** Raw (already encoded) query strings and path segments that no encoder would produce. */
    static final List<String> RAW_VALUES = List.of("%", "%zz", "%ED%A0%80", "%C0%AF", "%FF%FE", "%00");

    static final List<String> PARAMETERS = List.of(
            "q", "page", "sort", "limit", "after", "source", "from", "to", "language", "country", "done", "next", "k");

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(Database.sqliteUrl(dir));
        index = SearchIndex.lucene(dir.resolve("index"));
        embedder = Embedder.load();
        Source gazette = db.sources()
                .add(NewSource.of("Harbour Gazette", URI.create("https://gazette.example/feed"))
                        .withCountry("GB")
                        .withLanguage("en"));
        articleId = article(gazette, "t", "Truce talks resume in Geneva", "Mediators met again. A pause is near.");
        article(gazette, "s", "Storm Ilse closes ferry routes", "Ferries were cancelled as Storm Ilse hit the coast.");
        article(gazette, "x", "A b c d", "a b c d e f x y z 1 2 3");
        index.commit();
        Community community = WebFixture.community(db);
        Account admin = community.accounts().create("boss", PASSWORD, Role.ADMIN);
        community.accounts().create("reader", PASSWORD, Role.READER);
        adminToken = community.accounts().createToken(admin, "sweep");
        Comments comments = community.comments();
        commentId = comments.post(admin, articleId, null, "A comment to aim at", "127.0.0.1")
                .id();
        server = WebServer.start(
                WebSettings.defaults().withPort(0),
                WebServices.of(db, community, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                        .withFeedFinder(url -> {
                            throw new org.broadsheet.feed.FeedDiscoveryException(
                                    "NO_FEED_FOUND", url, "No feed in the sweep.", null);
                        })
                        .withFeatures(Features.NONE.withSearch(
                                new Search(index, embedder::embed), new RelatedArticles(index))));
        who = browsers();
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
        embedder.close();
        db.close();
    }

    private static long article(Source s, String guid, String title, String text) {
        Instant published = Instant.now().minusSeconds(3600);
        long id = db.articles()
                .upsert(new ArticleDraft(
                        s.id(),
                        URI.create("https://news.example/" + guid),
                        null,
                        guid,
                        title,
                        null,
                        published,
                        null,
                        published,
                        "en",
                        text,
                        "<p>" + text + "</p>",
                        text,
                        null,
                        20,
                        "hash-" + guid))
                .id();
        Article a = db.articles().find(id).orElseThrow();
        index.put(new IndexedArticle(
                id,
                a.contentHash(),
                s.id(),
                s.name(),
                s.country(),
                a.language(),
                a.sortTime(),
                title,
                a.excerpt(),
                text,
                embedder.embed(title + "\n" + text)));
        return id;
    }

    static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .build();

    /** A cookie header for a signed-out browser with a CSRF cookie, a reader and an admin, with their form tokens. */
    record Who(String name, String cookie, String csrf) {}

    static List<Who> browsers() throws Exception {
        List<Who> all = new ArrayList<>();
        all.add(new Who("signed out", "bs_csrf=sweeptoken", "sweeptoken"));
        for (String name : List.of("reader", "boss")) {
            HttpResponse<String> login = HTTP.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", "bs_csrf=sweeptoken")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password="
                                    + PASSWORD.replace(' ', '+') + "&csrf=sweeptoken"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
            String session = login.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(Visitors.SESSION + "="))
                    .findFirst()
                    .orElseThrow();
            String cookie = session.substring(0, session.indexOf(';'));
            String page = HTTP.send(
                            HttpRequest.newBuilder(uri("/account"))
                                    .header("Cookie", cookie)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String csrf =
                    org.jsoup.Jsoup.parse(page).selectFirst("input[name=csrf]").attr("value");
            all.add(new Who(name, cookie, csrf));
        }
        return all;
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    List<String> getRoutes() {
        long a = articleId;
        long c = commentId;
        return List.of(
                "/",
                "/latest",
                "/stories",
                "/sources",
                "/articles/" + a,
                "/sources/1",
                "/search",
                "/comments/" + c + "/edit",
                "/comments/" + c + "/report",
                "/signup",
                "/login",
                "/account",
                "/stories/1",
                "/admin",
                "/admin/sources",
                "/admin/moderation",
                "/admin/users",
                "/admin/audit",
                "/api/v1/articles",
                "/api/v1/articles/" + a,
                "/api/v1/articles/" + a + "/comments",
                "/api/v1/articles/" + a + "/related",
                "/api/v1/search",
                "/api/v1/sources",
                "/api/v1/stories",
                "/api/v1/stories/1",
                "/healthz",
                "/manifest.webmanifest");
    }

    List<String> postRoutes() {
        long a = articleId;
        long c = commentId;
        return List.of(
                "/articles/" + a + "/comments",
                "/comments/" + c + "/edit",
                "/comments/" + c + "/delete",
                "/comments/" + c + "/like",
                "/comments/" + c + "/report",
                "/signup",
                "/login",
                "/account/password",
                "/account/tokens",
                "/account/tokens/1/revoke",
                "/admin/sources",
                "/admin/sources/1/refresh",
                "/admin/sources/1/pause",
                "/admin/sources/1/resume",
                "/admin/sources/1/rule",
                "/admin/moderation/terms",
                "/admin/moderation/" + c + "/approve",
                "/admin/users/2/ban",
                "/admin/users/2/role",
                "/api/v1/articles/" + a + "/comments",
                "/logout"); // last: it ends the sessions
    }

    List<String> failures = new ArrayList<>();

    void check(HttpRequest request, String what) throws Exception {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                failures.add(response.statusCode() + " " + request.method() + " " + request.uri() + " " + what);
            }
        } catch (java.io.IOException e) {
            // The server may close a connection whose body it did not read; the client may not notice before reusing
            // it. A second try on a new connection tells that apart from a request the server cannot answer.
            try {
                HttpResponse<String> again =
                        java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
                if (again.statusCode() >= 500) {
                    failures.add(again.statusCode() + " " + request.method() + " " + request.uri() + " " + what);
                }
            } catch (java.io.IOException twice) {
                failures.add("no answer (" + twice.getMessage() + ") " + request.method() + " " + request.uri() + " "
                        + what);
            }
        }
    }

    /** Sends a GET exactly as written, for addresses that {@link URI} refuses to build (a lone or bad escape). */
    void checkRaw(String pathAndQuery, Who who) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nCookie: "
                    + who.cookie() + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            if (status == null || !status.matches("HTTP/1\\.1 [1-4]\\d\\d.*")) {
                failures.add(status + " GET " + pathAndQuery + " " + who.name());
            }
        }
    }

    HttpRequest.Builder get(String pathAndQuery, Who who) {
        return HttpRequest.newBuilder(uri(pathAndQuery))
                .header("Cookie", who.cookie())
                .header("Authorization", "Bearer " + adminToken);
    }

    @Test
    void noHostileQueryParameterOrPathSegmentIsAServerError() throws Exception {
        for (String route : getRoutes()) {
            for (String parameter : PARAMETERS) {
                for (String value : HOSTILE_VALUES) {
                    String query = route + "?" + parameter + "=" + enc(value);
                    check(get(query, who.get(2)).GET().build(), "");
                }
                for (String raw : RAW_VALUES) {
                    checkRaw(route + "?" + parameter + "=" + raw, who.get(1));
                }
            }
        }
        for (String route : getRoutes()) {
            String[] parts = route.split("/");
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].matches("\\d+")) {
                    continue;
                }
                for (String value :
                        List.of("0", "-1", "99999999999999999999", "abc", "%00", "%zz", "1.5", "%ED%A0%80")) {
                    String[] copy = parts.clone();
                    copy[i] = value;
                    checkRaw(String.join("/", copy), who.get(1));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void noHostileFormOrBodyIsAServerError() throws Exception {
        List<String[]> bodies = new ArrayList<>();
        // {content type, body}; the CSRF token is added to form bodies.
        for (String value : HOSTILE_VALUES) {
            String v = enc(value);
            bodies.add(new String[] {
                "application/x-www-form-urlencoded",
                "body=" + v + "&parent=" + v + "&reason=" + v + "&name=" + v + "&username=" + v + "&password=" + v
                        + "&current=" + v + "&role=" + v + "&length=" + v + "&terms=" + v + "&url=" + v
                        + "&contentRule=" + v + "&next=" + v
            });
        }
        for (String raw : RAW_VALUES) {
            bodies.add(new String[] {"application/x-www-form-urlencoded", "body=" + raw + "&parent=" + raw});
        }
        bodies.add(new String[] {"application/x-www-form-urlencoded; charset=x-evil", "body=hello"});
        bodies.add(new String[] {"application/x-www-form-urlencoded; charset=", "body=hello"});
        bodies.add(new String[] {"application/x-www-form-urlencoded; charset=utf-16", "body=hello"});
        bodies.add(new String[] {
            "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data\r\n\r\nbroken"
        });
        bodies.add(new String[] {"multipart/form-data", "no boundary at all"});
        bodies.add(new String[] {"multipart/form-data; boundary=xyz; charset=x-evil", "--xyz--\r\n"});
        bodies.add(new String[] {"multipart/form-data; boundary=\"", "--\r\n"});
        bodies.add(new String[] {"application/json", "{\"body\": "});
        bodies.add(new String[] {"application/json", "{\"body\": \"x\", \"parent\": \"abc\"}"});
        bodies.add(new String[] {"application/json", "{\"body\": \"x\", \"parent\": 1e400}"});
        bodies.add(new String[] {"application/json", "[1, 2]"});
        bodies.add(new String[] {"application/json; charset=x-evil", "{\"body\": \"x\"}"});
        bodies.add(new String[] {"text/plain", "\u0000\u0001"});
        bodies.add(new String[] {"x-evil/x-evil; charset=x-evil", "body=hello"});
        for (String route : postRoutes()) {
            for (Who w : who) {
                for (String[] body : bodies) {
                    String text = body[0].startsWith("application/x-www-form-urlencoded")
                            ? body[1] + "&csrf=" + w.csrf()
                            : body[1];
                    check(
                            get(route, w)
                                    .header("Content-Type", body[0])
                                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                                    .build(),
                            w.name() + " " + body[0] + " " + body[1].substring(0, Math.min(40, body[1].length())));
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
