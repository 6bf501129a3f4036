package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moderators and admins on a real site (no loopback operator access), and the comment API. */
class WebModerationTest {
    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    WebFixture site;
    long article;
    WebFixture.Browser reader;
    WebFixture.Browser moderator;
    WebFixture.Browser admin;

    @BeforeEach
    void start() throws Exception {
        site = new WebFixture(
                dir,
                WebSettings.defaults().withLoopbackOperators(false),
                CommentSettings.defaults().withHeldFirst(1),
                null);
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        article = site.article(planet, "g1", "Harbour reopens", Duration.ofHours(1));
        reader = site.browser().signUp("reader", PASSWORD);
        site.accounts.create("mod", PASSWORD, Role.MODERATOR);
        site.accounts.create("boss", PASSWORD, Role.ADMIN);
        moderator = site.browser();
        moderator.logIn("mod", PASSWORD);
        admin = site.browser();
        admin.logIn("boss", PASSWORD);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    Comment only() {
        return site.db
                .comments()
                .threads(article, site.accounts.find("reader").orElseThrow().id(), CommentSort.OLDEST, 10, 0)
                .getFirst();
    }

    @Test
    void operatorPagesNeedAModeratorOrAnAdmin() throws Exception {
        HttpResponse<String> anonymous = site.browser().get("/admin/sources");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).contains("/login?next=%2Fadmin%2Fsources");
        assertThat(reader.get("/admin/sources").statusCode()).isEqualTo(403);
        assertThat(reader.get("/admin/moderation").statusCode()).isEqualTo(403);
        assertThat(moderator.get("/admin/sources").statusCode()).isEqualTo(200);
        assertThat(moderator.get("/admin/moderation").statusCode()).isEqualTo(200);
        assertThat(moderator.get("/admin/audit").statusCode()).as("admins only").isEqualTo(403);
        assertThat(admin.get("/admin/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void theHeaderMarksModerationCurrentOnlyOnTheModerationQueue() throws Exception {
        assertThat(current(admin.get("/admin/moderation").body())).containsExactly("Moderation");
        assertThat(current(admin.get("/admin/sources").body())).containsExactly("Manage sources");
        assertThat(current(admin.get("/admin/users").body())).isEmpty();
        assertThat(current(admin.get("/admin/audit").body())).isEmpty();
    }

    private static java.util.List<String> current(String html) {
        return org.jsoup.Jsoup.parse(html)
                .select("header nav [aria-current], footer [aria-current]")
                .eachText();
    }

    @Test
    void adminLeadsToTheFirstOperatorPageTheViewerMayUse() throws Exception {
        HttpResponse<String> forAdmin = admin.get("/admin");
        assertThat(forAdmin.statusCode()).isEqualTo(303);
        assertThat(forAdmin.headers().firstValue("Location")).contains("/admin/sources");
        assertThat(moderator.get("/admin").headers().firstValue("Location")).contains("/admin/sources");
        assertThat(reader.get("/admin").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = site.browser().get("/admin");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).contains("/login?next=%2Fadmin");
        for (String page : List.of("/admin/sources", "/admin/moderation", "/admin/users", "/admin/audit")) {
            assertThat(reader.get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(site.browser().get(page).statusCode()).as(page).isEqualTo(303);
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void aNewAccountsFirstCommentWaitsInTheQueueUntilApproved() throws Exception {
        reader.post("/articles/" + article + "/comments", "body=My+first+words");
        Comment held = only();
        assertThat(held.status()).isEqualTo(CommentStatus.HELD);
        assertThat(site.browser().page("/articles/" + article).select("#comments .comment"))
                .isEmpty();
        assertThat(reader.page("/articles/" + article)
                        .select("#comment-" + held.id() + " .held")
                        .text())
                .isEqualTo("awaiting review");

        Document queue = moderator.page("/admin/moderation");
        assertThat(queue.select("#queued-" + held.id() + " .held").text()).contains("new account");
        assertThat(moderator
                        .post("/admin/moderation/" + held.id() + "/approve", "")
                        .statusCode())
                .isEqualTo(303);

        assertThat(site.browser()
                        .page("/articles/" + article)
                        .select("#comment-" + held.id() + " .comment-body")
                        .text())
                .isEqualTo("My first words");
        assertThat(admin.page("/admin/audit").select("table.audit td code").text())
                .contains("comment.approve");
    }

    @Test
    void aModeratorHidesAReportedCommentAndBansItsAuthor() throws Exception {
        site.comments.post(site.accounts.find("mod").orElseThrow(), article, null, "trusted", "10.0.0.1");
        reader.post("/articles/" + article + "/comments", "body=Rude+words");
        Comment rude = only();
        moderator.post("/admin/moderation/" + rude.id() + "/approve", "");
        admin.post(
                "/comments/" + rude.id() + "/report", "reason=" + WebFixture.enc("<img src=x onerror=alert(1)> rude"));

        Document queue = moderator.page("/admin/moderation");
        assertThat(queue.select("#queued-" + rude.id() + " .reports li").text())
                .isEqualTo("boss: <img src=x onerror=alert(1)> rude");
        assertThat(queue.select("#queued-" + rude.id() + " img")).isEmpty();
        moderator.post("/admin/moderation/" + rude.id() + "/hide", "");
        long readerId = site.accounts.find("reader").orElseThrow().id();
        assertThat(moderator
                        .post("/admin/users/" + readerId + "/ban", "days=7&reason=rudeness")
                        .statusCode())
                .isEqualTo(303);

        assertThat(site.browser()
                        .page("/articles/" + article)
                        .select("#comment-" + rude.id() + " .tombstone")
                        .text())
                .isEqualTo("This comment was hidden by a moderator.");
        HttpResponse<String> banned = reader.post("/articles/" + article + "/comments", "body=Let+me+back");
        assertThat(banned.statusCode()).isEqualTo(403);
        assertThat(moderator.page("/admin/users").select("#user-" + readerId).text())
                .contains("rudeness");
        assertThat(admin.page("/admin/audit").select("table.audit td code").eachText())
                .contains("comment.hide", "account.ban");
        assertThat(reader.post("/admin/users/" + readerId + "/unban", "").statusCode())
                .isEqualTo(403);
    }

    @Test
    void onlyAdminsChangeRoles() throws Exception {
        long readerId = site.accounts.find("reader").orElseThrow().id();
        assertThat(moderator
                        .post("/admin/users/" + readerId + "/role", "role=admin")
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin.post("/admin/users/" + readerId + "/role", "role=moderator")
                        .statusCode())
                .isEqualTo(303);
        assertThat(site.accounts.find("reader").orElseThrow().role()).isEqualTo(Role.MODERATOR);
    }

    @Test
    void theApiListsCommentsAndTakesPostsOnlyWithABearerToken() throws Exception {
        String token = site.accounts.createToken(site.accounts.find("mod").orElseThrow(), "bot");
        URI uri = site.uri("/api/v1/articles/" + article + "/comments");
        HttpRequest.Builder post = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"From the API <script>x</script>\"}"));

        HttpResponse<String> noToken = reader.send(post.build());
        assertThat(noToken.statusCode()).as("the session cookie is not enough").isEqualTo(401);
        assertThat(JSON.readTree(noToken.body()).at("/error/code").asText()).isEqualTo("UNAUTHORIZED");
        HttpResponse<String> created = site.browser()
                .send(post.header("Authorization", "Bearer " + token).build());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).get("status").asText()).isEqualTo("visible");
        HttpResponse<String> again = site.browser().send(post.build());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(again.body()).at("/error/code").asText()).isEqualTo("DUPLICATE");

        JsonNode page = JSON.readTree(
                site.get("/api/v1/articles/" + article + "/comments").body());
        assertThat(page.get("count").asInt()).isEqualTo(1);
        assertThat(page.at("/comments/0/author").asText()).isEqualTo("mod");
        assertThat(page.at("/comments/0/body").asText()).isEqualTo("From the API <script>x</script>");
        assertThat(page.at("/comments/0/html").asText()).contains("&lt;script&gt;");
        assertThat(site.get("/api/v1/articles/999/comments").statusCode()).isEqualTo(404);
    }
}
