package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebAdminPagesTest {
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

    static String form(String feedUrl, String name, String country, String language, String display) {
        return "feedUrl=" + enc(feedUrl) + "&name=" + enc(name) + "&country=" + enc(country) + "&language="
                + enc(language) + "&display=" + enc(display);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsSourcesWithHealthAndActions() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);

        Document page = site.page("/admin/sources");

        assertThat(page.select("table.sources tbody tr")).hasSize(1);
        assertThat(page.selectFirst("#source-" + planet.id() + " .badge").text())
                .isEqualTo("new");
        assertThat(page.select("form[action=/admin/sources/" + planet.id() + "/refresh] button")
                        .text())
                .isEqualTo("Refresh now");
        assertThat(page.selectFirst("form[action=/admin/sources/" + planet.id() + "/remove]")
                        .attr("data-confirm"))
                .contains("Daily Planet");
        assertThat(page.select("form[action=/admin/sources] label[for=feedUrl]"))
                .hasSize(1);
    }

    @Test
    void rejectsABadFeedAddressWithTheReasonNextToTheFieldAndKeepsTheValues() throws Exception {
        HttpResponse<String> response =
                site.post("/admin/sources", form("ftp://files.example/feed", "Files", "gb", "EN", "excerpt"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#feedUrl-problem").text()).contains("http://");
        assertThat(page.selectFirst("#feedUrl").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#feedUrl").attr("value")).isEqualTo("ftp://files.example/feed");
        assertThat(page.selectFirst("#name").attr("value")).isEqualTo("Files");
        assertThat(page.selectFirst("#display option[selected]").attr("value")).isEqualTo("excerpt");
        assertThat(page.select("#name-problem")).isEmpty();
        assertThat(site.db.sources().all()).isEmpty();
        assertThat(site.refreshed).isEmpty();
    }

    @Test
    void rejectsMissingNameUnknownCountryAndLanguageEachAtItsField() throws Exception {
        HttpResponse<String> response =
                site.post("/admin/sources", form("https://ok.example/feed", " ", "XX", "zz", "full"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#feedUrl-problem")).isEmpty();
        assertThat(page.selectFirst("#name-problem").text()).isEqualTo("Enter the outlet's name.");
        assertThat(page.selectFirst("#country-problem").text()).contains("two-letter country code");
        assertThat(page.selectFirst("#language-problem").text()).contains("two-letter language code");
    }

    @Test
    void rejectsAFeedThatIsAlreadyAdded() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);

        HttpResponse<String> response =
                site.post("/admin/sources", form(planet.feedUrl().toString(), "Planet again", "", "", "full"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("#feedUrl-problem").text())
                .contains("already added");
        assertThat(site.db.sources().all()).hasSize(1);
    }

    @Test
    void addsAGoodFeedFetchesItAndRedirectsToItsPage() throws Exception {
        HttpResponse<String> response =
                site.post("/admin/sources", form("https://new.example/rss.xml", "New Outlet", "nl", "NL", "excerpt"));

        assertThat(response.statusCode()).isEqualTo(303);
        Source added = site.db.sources().all().getFirst();
        assertThat(response.headers().firstValue("Location")).contains("/sources/" + added.id());
        assertThat(added.name()).isEqualTo("New Outlet");
        assertThat(added.feedUrl()).isEqualTo(URI.create("https://new.example/rss.xml"));
        assertThat(added.country()).isEqualTo("NL");
        assertThat(added.language()).isEqualTo("nl");
        assertThat(added.display()).isEqualTo(DisplayPolicy.EXCERPT);
        assertThat(site.refreshed).containsExactly(added.id());
    }

    @Test
    void refreshPauseResumeAndRemoveActOnTheSourceAndRedirectBack() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        String base = "/admin/sources/" + planet.id();

        HttpResponse<String> refresh = site.post(base + "/refresh", "");
        assertThat(refresh.statusCode()).isEqualTo(303);
        assertThat(refresh.headers().firstValue("Location").orElseThrow()).startsWith("/admin/sources?");
        assertThat(site.refreshed).containsExactly(planet.id());
        assertThat(site.page(refresh.headers().firstValue("Location").orElseThrow())
                        .select(".notice")
                        .text())
                .contains("Daily Planet");

        assertThat(site.post(base + "/pause", "").statusCode()).isEqualTo(303);
        assertThat(site.db.sources().expect(planet.id()).paused()).isTrue();
        assertThat(site.page("/admin/sources").select("form[action=" + base + "/resume]"))
                .hasSize(1);

        assertThat(site.post(base + "/resume", "").statusCode()).isEqualTo(303);
        assertThat(site.db.sources().expect(planet.id()).paused()).isFalse();

        assertThat(site.post(base + "/remove", "").statusCode()).isEqualTo(303);
        assertThat(site.db.sources().find(planet.id())).isEmpty();
        assertThat(site.post(base + "/refresh", "").statusCode()).isEqualTo(404);
    }

    @Test
    void setsAContentRuleAndRejectsABadSelectorWithTheReasonNextToTheField() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        String action = "/admin/sources/" + planet.id() + "/rule";

        HttpResponse<String> bad = site.post(action, "contentRule=" + enc("article >> [unclosed"));
        assertThat(bad.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(bad.body());
        String field = "#contentRule-" + planet.id();
        assertThat(page.selectFirst(field + "-problem").text()).contains("not a valid CSS selector");
        assertThat(page.selectFirst(field).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst(field).attr("value")).isEqualTo("article >> [unclosed");
        assertThat(site.db.sources().contentRule(planet.id())).isEmpty();

        HttpResponse<String> good = site.post(action, "contentRule=" + enc(" article .body "));
        assertThat(good.statusCode()).isEqualTo(303);
        assertThat(site.db.sources().contentRule(planet.id())).contains("article .body");
        assertThat(site.page("/admin/sources").selectFirst(field).attr("value")).isEqualTo("article .body");

        assertThat(site.post(action, "contentRule=").statusCode()).isEqualTo(303);
        assertThat(site.db.sources().contentRule(planet.id())).isEmpty();
    }

    @Test
    void refusesToRefreshAPausedSourceAndHidesItsRefreshButton() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        String base = "/admin/sources/" + planet.id();
        site.db.sources().setPaused(planet.id(), true);

        Document list = site.page("/admin/sources");
        HttpResponse<String> refresh = site.post(base + "/refresh", "");

        assertThat(list.select("form[action=" + base + "/refresh]")).isEmpty();
        assertThat(list.select("form[action=" + base + "/resume]")).hasSize(1);
        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refresh.body()).select(".notice").text())
                .isEqualTo("Daily Planet is paused, so it was not fetched. Resume it to fetch it now.");
        assertThat(site.refreshed).isEmpty();
    }

    @Test
    void operatorPagesAllowOnlyLoopbackAddresses() throws Exception {
        assertThat(OperatorAccess.allows(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(OperatorAccess.allows(InetAddress.getByName("::1"))).isTrue();
        assertThat(OperatorAccess.allows(InetAddress.getByName("192.168.1.20"))).isFalse();
        assertThat(OperatorAccess.allows(InetAddress.getByName("203.0.113.7"))).isFalse();
        assertThat(OperatorAccess.allows(InetAddress.getByName("::ffff:10.0.0.1")))
                .isFalse();
        assertThat(OperatorAccess.isOperatorPath("/admin/sources")).isTrue();
        assertThat(OperatorAccess.isOperatorPath("/ADMIN")).isTrue();
        assertThat(OperatorAccess.isOperatorPath("/administrators-guide")).isFalse();
        assertThat(OperatorAccess.loopbackHost("localhost:8080")).isTrue();
        assertThat(OperatorAccess.loopbackHost("127.0.0.1")).isTrue();
        assertThat(OperatorAccess.loopbackHost("[::1]:8080")).isTrue();
        assertThat(OperatorAccess.loopbackHost("news.example.com")).isFalse();
        assertThat(OperatorAccess.loopbackHost("127.0.0.1.evil.example")).isFalse();
        assertThat(OperatorAccess.loopbackHost(null)).isFalse();
    }

    @Test
    void theLoopbackRuleIsTheSameForSignedInReadersAndSignedOutVisitors() throws Exception {
        site.accounts.signUp("reader", "correct horse battery");
        WebFixture.Browser reader = site.browser();
        reader.logIn("reader", "correct horse battery");
        WebFixture.Browser anonymous = site.browser();

        for (WebFixture.Browser who : List.of(reader, anonymous)) {
            assertThat(who.get("/admin/sources").statusCode()).isEqualTo(200);
            HttpResponse<String> home = who.get("/admin");
            assertThat(home.statusCode()).isEqualTo(303);
            assertThat(home.headers().firstValue("Location")).contains("/admin/sources");
        }
        assertThat(reader.get("/admin/moderation").statusCode())
                .as("moderation needs an account")
                .isEqualTo(403);
        assertThat(anonymous.get("/admin/moderation").headers().firstValue("Location"))
                .contains("/login?next=%2Fadmin%2Fmoderation");
        assertThat(reader.get("/admin/sources", "X-Forwarded-For", "203.0.113.7")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void refusesOperatorPagesToRequestsThatCameThroughAProxy() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);

        // A default nginx proxy on the same machine connects from loopback with Host: 127.0.0.1:8080.
        for (String header : OperatorAccess.PROXY_HEADERS) {
            HttpResponse<String> page = site.get("/admin/sources", header, "203.0.113.7");
            assertThat(page.statusCode()).as(header).isEqualTo(403);
            assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("Operators only");
        }
        HttpResponse<String> remove =
                site.post("/admin/sources/" + planet.id() + "/remove", "", "X-Forwarded-For", "203.0.113.7");

        assertThat(remove.statusCode()).isEqualTo(403);
        assertThat(site.db.sources().find(planet.id())).isPresent();
        assertThat(site.get("/admin/sources").statusCode()).isEqualTo(200);
        assertThat(site.get("/", "X-Forwarded-For", "203.0.113.7").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesFormsPostedFromAnotherSite() throws Exception {
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);

        HttpResponse<String> crossSite =
                site.post("/admin/sources/" + planet.id() + "/remove", "", "Origin", "https://evil.example");
        HttpResponse<String> fetchMetadata =
                site.post("/admin/sources/" + planet.id() + "/remove", "", "Sec-Fetch-Site", "cross-site");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(fetchMetadata.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(crossSite.body()).selectFirst("h1").text()).isEqualTo("Operators only");
        assertThat(site.db.sources().find(planet.id())).isPresent();
    }
}
