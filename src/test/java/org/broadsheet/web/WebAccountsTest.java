package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAccountsTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    WebFixture site;

    @BeforeEach
    void start() {
        site = new WebFixture(dir);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name));
    }

    static String cookieValue(HttpResponse<?> response) {
        String header = setCookie(response, Visitors.SESSION);
        return header.substring(Visitors.SESSION.length() + 1, header.indexOf(';'));
    }

    @Test
    void signUpLogsInWithAnHttpOnlyLaxCookieThatIsSecureBehindHttps() throws Exception {
        WebFixture.Browser browser = site.browser();
        HttpResponse<String> signUp =
                browser.post("/signup", "username=ada&password=" + WebFixture.enc(PASSWORD) + "&next=%2Farticles%2F1");

        assertThat(signUp.statusCode()).isEqualTo(303);
        assertThat(signUp.headers().firstValue("Location")).contains("/articles/1");
        String cookie = setCookie(signUp, Visitors.SESSION);
        assertThat(cookie)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(browser.page("/account").select("h1").text()).isEqualTo("Your account");
        assertThat(browser.page("/").select(".account-link").text()).isEqualTo("ada");

        HttpResponse<String> secure = site.browser()
                .post("/login", "username=ada&password=" + WebFixture.enc(PASSWORD), "X-Forwarded-Proto", "https");
        assertThat(setCookie(secure, Visitors.SESSION)).contains("Secure");
    }

    @Test
    void refusedSignUpShowsTheReasonNextToTheFieldWith400() throws Exception {
        HttpResponse<String> r = site.post("/signup", "username=ada&password=1234567890");

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#password-problem").text()).contains("most common passwords");
        assertThat(page.select("#username").attr("value")).isEqualTo("ada");
        assertThat(site.db.accounts().findByName("ada")).isEmpty();
    }

    @Test
    void logInNeverKeepsASessionIdTheBrowserArrivedWith() throws Exception {
        site.accounts.signUp("ada", PASSWORD);
        WebFixture.Browser victim = site.browser();
        HttpCookie planted = new HttpCookie(Visitors.SESSION, "attacker-chosen-session-id");
        planted.setPath("/");
        victim.cookies.getCookieStore().add(site.uri("/"), planted);

        HttpResponse<String> login = victim.logIn("ada", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(303);
        String first = cookieValue(login);
        assertThat(first).isNotEqualTo("attacker-chosen-session-id");
        assertThat(site.accounts.session(first)).isPresent();
        assertThat(site.accounts.session("attacker-chosen-session-id")).isEmpty();

        WebFixture.Browser signedIn = site.browser();
        HttpResponse<String> again = signedIn.logIn("ada", PASSWORD);
        String second = cookieValue(again);
        HttpResponse<String> third = signedIn.logIn("ada", PASSWORD);
        assertThat(cookieValue(third)).isNotEqualTo(second);
        assertThat(site.accounts.session(first))
                .as("another browser's session stays")
                .isPresent();
        assertThat(site.accounts.session(second))
                .as("the earlier session ends at the new log-in")
                .isEmpty();
    }

    @Test
    void tenFailedLogInsLockTheNameWith429EvenForTheRightPassword() throws Exception {
        site.accounts.signUp("ada", PASSWORD);
        WebFixture.Browser attacker = site.browser();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = attacker.logIn("ada", "guess number " + i);
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(wrong.body()).select("#password-problem").text())
                    .contains("do not match");
        }

        HttpResponse<String> locked = site.browser().logIn("ada", PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(locked.body()).select("#password-problem").text())
                .contains("Too many failed log-ins");
        assertThat(locked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Visitors.SESSION + "=bs"));
    }

    @Test
    void behindATrustedProxyFailuresCountForTheForwardedClientNotTheProxy() throws Exception {
        Path proxiedDir = java.nio.file.Files.createDirectories(dir.resolve("proxied"));
        WebSettings settings = WebSettings.defaults().withTrustedProxies(List.of("127.0.0.0/8", "::1/128"));
        try (WebFixture proxied = new WebFixture(proxiedDir, settings, CommentSettings.defaults(), null)) {
            proxied.accounts.signUp("ada", PASSWORD);
            WebFixture.Browser attacker = proxied.browser();
            String attackerForm = "username=ada&password=" + WebFixture.enc("a wrong guess");
            for (int i = 0; i < 10; i++) {
                assertThat(attacker.post("/login", attackerForm, "X-Forwarded-For", "203.0.113.9")
                                .statusCode())
                        .isEqualTo(400);
            }
            String right = "username=ada&password=" + WebFixture.enc(PASSWORD);
            assertThat(attacker.post("/login", right, "X-Forwarded-For", "203.0.113.9")
                            .statusCode())
                    .isEqualTo(429);

            // Ada, forwarded for another address (by X-Forwarded-For or RFC 7239 Forwarded), is not locked out.
            assertThat(proxied.browser()
                            .post("/login", right, "X-Forwarded-For", "198.51.100.7, 127.0.0.1")
                            .statusCode())
                    .isEqualTo(303);
            assertThat(proxied.browser()
                            .post("/login", right, "Forwarded", "for=\"[2001:db8::7]:4711\";proto=https")
                            .statusCode())
                    .isEqualTo(303);
            // A client cannot pass for another by writing the header itself: the proxy appends the real address.
            assertThat(attacker.post("/login", right, "X-Forwarded-For", "198.51.100.7, 203.0.113.9")
                            .statusCode())
                    .isEqualTo(429);
        }
    }

    @Test
    void forwardedForFromAPeerThatIsNoTrustedProxyIsIgnored() throws Exception {
        site.accounts.signUp("ada", PASSWORD);
        WebFixture.Browser attacker = site.browser();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = attacker.post(
                    "/login",
                    "username=ada&password=" + WebFixture.enc("guess " + i),
                    "X-Forwarded-For",
                    "203.0.113." + i);
            assertThat(wrong.statusCode()).isEqualTo(400);
        }
        HttpResponse<String> again = site.browser()
                .post("/login", "username=ada&password=" + WebFixture.enc(PASSWORD), "X-Forwarded-For", "198.51.100.7");
        assertThat(again.statusCode()).isEqualTo(429);
    }

    @Test
    void formsWithoutTheRightCsrfTokenAreRefusedWith403() throws Exception {
        site.accounts.signUp("ada", PASSWORD);
        WebFixture.Browser ada = site.browser();
        ada.logIn("ada", PASSWORD);

        assertThat(ada.postRaw("/logout", "").statusCode()).isEqualTo(403);
        assertThat(ada.postRaw("/logout", "csrf=wrong-token").statusCode()).isEqualTo(403);
        assertThat(site.browser()
                        .postRaw("/login", "username=ada&password=" + WebFixture.enc(PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        assertThat(ada.get("/account").statusCode()).as("still logged in").isEqualTo(200);

        assertThat(ada.post("/logout", "").statusCode()).isEqualTo(303);
        assertThat(ada.get("/account").statusCode()).isEqualTo(303);
    }

    @Test
    void logOutEverywhereEndsEverySessionOfTheAccount() throws Exception {
        site.accounts.signUp("ada", PASSWORD);
        WebFixture.Browser laptop = site.browser();
        WebFixture.Browser phone = site.browser();
        laptop.logIn("ada", PASSWORD);
        phone.logIn("ada", PASSWORD);

        assertThat(laptop.post("/logout-everywhere", "").statusCode()).isEqualTo(303);

        HttpResponse<String> phoneAccount = phone.get("/account");
        assertThat(phoneAccount.statusCode()).isEqualTo(303);
        assertThat(phoneAccount.headers().firstValue("Location")).contains("/login?next=%2Faccount");
    }

    @Test
    void changingThePasswordShowsTheReasonOrLogsOtherDevicesOut() throws Exception {
        site.accounts.signUp("ada", PASSWORD);
        WebFixture.Browser laptop = site.browser();
        WebFixture.Browser phone = site.browser();
        laptop.logIn("ada", PASSWORD);
        phone.logIn("ada", PASSWORD);

        HttpResponse<String> wrong = laptop.post("/account/password", "current=nope&password=another+long+phrase");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).select("#current-problem").text()).contains("not right");

        HttpResponse<String> ok = laptop.post(
                "/account/password", "current=" + WebFixture.enc(PASSWORD) + "&password=another+long+phrase");
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
        assertThat(phone.get("/account").statusCode()).isEqualTo(303);
    }

    @Test
    void apiTokensAreCreatedShownOnceAndRevokedOnTheAccountPage() throws Exception {
        site.accounts.create("ada", PASSWORD, Role.READER);
        WebFixture.Browser ada = site.browser();
        ada.logIn("ada", PASSWORD);

        HttpResponse<String> created = ada.post("/account/tokens", "name=my+reader");
        assertThat(created.statusCode()).isEqualTo(201);
        String secret = Jsoup.parse(created.body()).select("code.token").text();
        assertThat(site.accounts.forToken(secret)).isPresent();
        assertThat(ada.get("/account").body()).doesNotContain(secret).contains("my reader");

        long id = site.db
                .accounts()
                .tokens(site.accounts.find("ada").orElseThrow().id())
                .getFirst()
                .id();
        assertThat(ada.post("/account/tokens/" + id + "/revoke", "").statusCode())
                .isEqualTo(303);
        assertThat(site.accounts.forToken(secret)).isEmpty();
    }

    int postWithToken(long article, String token, String body) throws Exception {
        return site.browser()
                .send(HttpRequest.newBuilder(site.uri("/api/v1/articles/" + article + "/comments"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"" + body + "\"}"))
                        .build())
                .statusCode();
    }

    @Test
    void loggingOutEverywhereOrChangingThePasswordRevokesEveryApiToken() throws Exception {
        long article = site.article(
                site.source("Daily Planet", DisplayPolicy.FULL), "g1", "Harbour reopens", Duration.ofHours(1));
        site.accounts.create("ada", PASSWORD, Role.MODERATOR); // not held for review, so each post is a plain 201
        WebFixture.Browser ada = site.browser();
        ada.logIn("ada", PASSWORD);

        String first = site.accounts.createToken(site.accounts.find("ada").orElseThrow(), "bot");
        assertThat(postWithToken(article, first, "Before logging out")).isEqualTo(201);
        assertThat(ada.post("/logout-everywhere", "").statusCode()).isEqualTo(303);
        assertThat(postWithToken(article, first, "After logging out")).isEqualTo(401);

        ada.logIn("ada", PASSWORD);
        String second = site.accounts.createToken(site.accounts.find("ada").orElseThrow(), "bot");
        assertThat(postWithToken(article, second, "Before the change")).isEqualTo(201);
        HttpResponse<String> changed =
                ada.post("/account/password", "current=" + WebFixture.enc(PASSWORD) + "&password=another+long+phrase");
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(postWithToken(article, second, "After the change")).isEqualTo(401);
        Document account = ada.page(changed.headers().firstValue("Location").orElseThrow());
        assertThat(account.select(".notice").text()).contains("API tokens were revoked");
        assertThat(account.select("table.tokens")).isEmpty();
        assertThat(account.text()).contains("revokes your API tokens");
    }

    @Test
    void logInSendsPeopleOnlyToPathsOnThisSite() {
        assertThat(AccountPages.next("/articles/3#comments")).isEqualTo("/articles/3#comments");
        for (String bad : List.of("https://evil.example/", "//evil.example", "/\\evil.example", "javascript:x")) {
            assertThat(AccountPages.next(bad)).as(bad).isEqualTo("/");
        }
    }
}
