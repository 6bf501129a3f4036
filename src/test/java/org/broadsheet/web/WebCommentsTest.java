package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.store.Comment;
import org.broadsheet.store.CommentSort;
import org.broadsheet.store.CommentStatus;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Role;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebCommentsTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    WebFixture site;
    long article;
    WebFixture.Browser ada;
    WebFixture.Browser bob;

    @BeforeEach
    void start() throws Exception {
        site = new WebFixture(
                dir,
                WebSettings.defaults(),
                CommentSettings.defaults().withHeldFirst(0).withPageSize(3),
                null);
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        article = site.article(planet, "g1", "Harbour reopens", Duration.ofHours(1));
        ada = site.browser().signUp("ada", PASSWORD);
        bob = site.browser().signUp("bob", PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    String path() {
        return "/articles/" + article;
    }

    HttpResponse<String> comment(WebFixture.Browser who, String body) throws Exception {
        return who.post(path() + "/comments", "body=" + WebFixture.enc(body));
    }

    List<Comment> stored() {
        return site.db.comments().threads(article, 0, CommentSort.OLDEST, 100, 0);
    }

    @Test
    void signedOutReadersSeeTheEmptyStateAndALogInLink() throws Exception {
        Document page = site.browser().page(path());

        assertThat(page.select("#comments-heading").text()).isEqualTo("No comments yet");
        assertThat(page.select("#comments .empty").text()).startsWith("No comments yet.");
        assertThat(page.select("#comments .sign-in a").first().attr("href")).startsWith("/login?next=");
        assertThat(page.select("#comments form")).isEmpty();
        assertThat(ada.page(path()).select("#comment-form textarea[name=body]")).hasSize(1);
    }

    @Test
    void aReaderCommentsRepliesEditsLikesReportsAndDeletes() throws Exception {
        HttpResponse<String> posted = comment(ada, "First!\n\nSee https://example.org/x");
        assertThat(posted.statusCode()).isEqualTo(303);
        Comment top = stored().getFirst();
        assertThat(posted.headers().firstValue("Location")).contains(path() + "#comment-" + top.id());

        assertThat(bob.post(path() + "/comments", "parent=" + top.id() + "&body=A+reply")
                        .statusCode())
                .isEqualTo(303);
        assertThat(ada.post("/comments/" + top.id() + "/edit", "body=First%2C+edited")
                        .statusCode())
                .isEqualTo(303);
        assertThat(bob.post("/comments/" + top.id() + "/like", "").statusCode()).isEqualTo(303);
        assertThat(bob.post("/comments/" + top.id() + "/report", "reason=off+topic")
                        .statusCode())
                .isEqualTo(303);

        Document page = site.browser().page(path());
        assertThat(page.select("#comments-heading").text()).isEqualTo("2 comments");
        assertThat(page.select("#comment-" + top.id() + " > .comment-meta .edited")
                        .text())
                .isEqualTo("edited");
        assertThat(page.select("#comment-" + top.id() + " > .comment-body").text())
                .isEqualTo("First, edited");
        assertThat(page.select("#comment-" + top.id() + " .replies .comment-body")
                        .text())
                .isEqualTo("A reply");
        assertThat(page.select("#comment-" + top.id() + " > .comment-actions .likes")
                        .text())
                .isEqualTo("1 like");
        assertThat(bob.page(path()).select("#comment-" + top.id() + " > .comment-actions button[aria-pressed=true]"))
                .hasSize(1);
        assertThat(site.db.comments().queue(10)).hasSize(1);
        assertThat(site.page("/").select(".comment-count").text()).isEqualTo("2 comments");

        assertThat(ada.post("/comments/" + top.id() + "/delete", "").statusCode())
                .isEqualTo(303);
        Document after = site.browser().page(path());
        assertThat(after.select("#comment-" + top.id() + " > .tombstone").text())
                .isEqualTo("This comment was deleted.");
        assertThat(after.select("#comment-" + top.id() + " .replies .comment-body")
                        .text())
                .isEqualTo("A reply");
        assertThat(after.select("#comments-heading").text()).isEqualTo("1 comment");
    }

    @Test
    void formattedCommentsLinkAddressesWithNofollowUgcAndShowNoMarkup() throws Exception {
        comment(ada, "<b>bold?</b> https://example.org/page");

        Document page = site.browser().page(path());
        var body = page.select("#comments .comment-body").first();
        assertThat(body.select("b")).isEmpty();
        assertThat(body.text()).isEqualTo("<b>bold?</b> https://example.org/page");
        assertThat(body.select("a").attr("rel")).isEqualTo("nofollow ugc");
    }

    @Test
    void editingOrDeletingSomeoneElsesCommentIsRefusedWith403() throws Exception {
        comment(ada, "Mine");
        Comment mine = stored().getFirst();

        assertThat(bob.post("/comments/" + mine.id() + "/edit", "body=Hijacked").statusCode())
                .isEqualTo(403);
        assertThat(bob.get("/comments/" + mine.id() + "/edit").statusCode()).isEqualTo(403);
        assertThat(bob.post("/comments/" + mine.id() + "/delete", "").statusCode())
                .isEqualTo(403);
        assertThat(site.db.comments().find(mine.id()).orElseThrow().body()).isEqualTo("Mine");
        assertThat(site.db.comments().find(mine.id()).orElseThrow().status()).isEqualTo(CommentStatus.VISIBLE);
    }

    @Test
    void aCommentTheViewerMayNotSeeIsNotFoundOnEveryRoute() throws Exception {
        site.accounts.create("mod", PASSWORD, Role.MODERATOR);
        WebFixture.Browser mod = site.browser();
        mod.logIn("mod", PASSWORD);
        String bobsToken = site.accounts.createToken(site.accounts.find("bob").orElseThrow(), "bot");
        for (CommentStatus status : List.of(CommentStatus.HELD, CommentStatus.HIDDEN, CommentStatus.REJECTED)) {
            String secret = "Secret words " + status;
            comment(ada, secret);
            Comment c = stored().stream()
                    .filter(x -> x.body().equals(secret))
                    .findFirst()
                    .orElseThrow();
            site.db.comments().setStatus(c.id(), status);
            String id = Long.toString(c.id());

            List<HttpResponse<String>> answers = List.of(
                    bob.get("/comments/" + id + "/report"),
                    bob.post("/comments/" + id + "/report", "reason=off+topic"),
                    bob.get("/comments/" + id + "/edit"),
                    bob.post("/comments/" + id + "/edit", "body=Hijacked"),
                    bob.post("/comments/" + id + "/delete", ""),
                    bob.post("/comments/" + id + "/like", ""),
                    bob.post(path() + "/comments", "parent=" + id + "&body=A+reply"));
            for (HttpResponse<String> answer : answers) {
                assertThat(answer.statusCode())
                        .as(status + " " + answer.request().method() + " " + answer.uri())
                        .isEqualTo(404);
                assertThat(answer.body()).doesNotContain(secret);
            }
            HttpResponse<String> apiReply =
                    bob.send(HttpRequest.newBuilder(site.uri("/api/v1/articles/" + article + "/comments"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + bobsToken)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"reply\", \"parent\": " + id + "}"))
                            .build());
            assertThat(apiReply.statusCode()).as(status + " API reply").isEqualTo(404);
            assertThat(site.get("/api/v1/articles/" + article + "/comments").body())
                    .doesNotContain(secret);

            assertThat(mod.get("/comments/" + id + "/report").body()).contains(secret);
            if (status == CommentStatus.HELD) {
                assertThat(ada.get("/comments/" + id + "/edit").body()).contains(secret);
            }
            Comment after = site.db.comments().find(c.id()).orElseThrow();
            assertThat(after.body()).isEqualTo(secret);
            assertThat(after.likes()).isZero();
            assertThat(after.status()).isEqualTo(status);
        }
    }

    @Test
    void theHeadingCountsTheReadersOwnHeldCommentsThatAreListedBelowIt() throws Exception {
        comment(ada, "Waiting for a moderator");
        site.db.comments().setStatus(stored().getFirst().id(), CommentStatus.HELD);

        Document adas = ada.page(path());
        assertThat(adas.select("#comments .comment-body").text()).isEqualTo("Waiting for a moderator");
        assertThat(adas.select("#comments-heading").text()).isEqualTo("Your comment awaits review");
        assertThat(adas.select("#comments .empty")).isEmpty();
        assertThat(bob.page(path()).select("#comments-heading").text()).isEqualTo("No comments yet");

        comment(bob, "A shown one");
        assertThat(ada.page(path()).select("#comments-heading").text())
                .isEqualTo("1 comment, 1 of yours awaiting review");
        assertThat(bob.page(path()).select("#comments-heading").text()).isEqualTo("1 comment");
    }

    @Test
    void aMissingOrWrongCsrfTokenIsRefusedWith403AndStoresNothing() throws Exception {
        assertThat(ada.postRaw(path() + "/comments", "body=no+token").statusCode())
                .isEqualTo(403);
        assertThat(ada.postRaw(path() + "/comments", "body=wrong&csrf=" + WebFixture.enc(bob.csrf()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(stored()).isEmpty();
    }

    @Test
    void sqlMetacharactersAreStoredAndShownVerbatim() throws Exception {
        String sql = "Robert'); DROP TABLE comment; -- \" \\ % _ ` OR 1=1";
        comment(ada, sql);

        assertThat(stored()).extracting(Comment::body).containsExactly(sql);
        assertThat(site.browser().page(path()).select("#comments .comment-body").text())
                .isEqualTo(sql);
        assertThat(site.db.comments().count()).isEqualTo(1);
    }

    @Test
    void aRefusedCommentShowsTheReasonNextToTheFormAndKeepsTheDraft() throws Exception {
        String links = "http://a.example http://b.example http://c.example http://d.example";
        HttpResponse<String> r = comment(ada, links);

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#comment-problem").text()).contains("at most 3 links");
        assertThat(page.select("#comment-body").text()).isEqualTo(links);
    }

    @Test
    void signedOutPostsGoToTheLogInPage() throws Exception {
        WebFixture.Browser stranger = site.browser();
        HttpResponse<String> r = stranger.post(path() + "/comments", "body=hi");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith("/login");
        assertThat(stored()).isEmpty();
    }

    @Test
    void longThreadsArePagedAndSortable() throws Exception {
        for (int i = 1; i <= 4; i++) {
            comment(i % 2 == 0 ? ada : bob, "Comment number " + i);
        }
        Comment second = stored().get(1);
        ada.post("/comments/" + second.id() + "/like", "");

        Document first = site.page(path());
        assertThat(first.select("#comments .thread > li")).hasSize(3);
        assertThat(first.select("#comments .pager a[rel=next]").attr("href"))
                .isEqualTo(path() + "?sort=oldest&page=2#comments");
        assertThat(site.page(path() + "?sort=oldest&page=2")
                        .select("#comments .thread > li .comment-body")
                        .text())
                .isEqualTo("Comment number 4");
        assertThat(site.page(path() + "?sort=newest")
                        .select("#comments .thread > li .comment-body")
                        .first()
                        .text())
                .isEqualTo("Comment number 4");
        assertThat(site.page(path() + "?sort=liked")
                        .select("#comments .thread > li .comment-body")
                        .first()
                        .text())
                .isEqualTo("Comment number 2");
        assertThat(site.get(path() + "?sort=loudest").statusCode()).isEqualTo(400);
    }

    @Test
    void everyPageSendsTheSecurityHeaders() throws Exception {
        comment(ada, "hello");
        long id = stored().getFirst().id();
        for (String p : List.of(
                "/",
                path(),
                "/login",
                "/signup",
                "/account",
                "/comments/" + id + "/report",
                "/no/such/page",
                "/api/v1/articles",
                "/admin/moderation")) {
            HttpResponse<String> r = ada.get(p);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(p).contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(csp).as(p).doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(p).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(p).isPresent();
        }
    }
}
