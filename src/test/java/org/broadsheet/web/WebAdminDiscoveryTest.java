package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.web.WebAdminPagesTest.form;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.broadsheet.feed.FeedDiscovery;
import org.broadsheet.feed.LocalSite;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.fetch.HttpFetcher;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's form with real feed discovery against small sites served on 127.0.0.1. */
class WebAdminDiscoveryTest {
    @TempDir
    Path dir;

    private final LocalSite outlet = new LocalSite();
    private final HttpFetcher fetcher = new HttpFetcher(
            FetchSettings.defaults().withAllowPrivateAddresses(true).withTotalTimeout(Duration.ofSeconds(3)));
    private WebFixture site;

    @BeforeEach
    void start() {
        site = new WebFixture(dir, new FeedDiscovery(fetcher).withTimeBudget(Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        site.close();
        fetcher.close();
        outlet.close();
    }

    @Test
    void addsTheFeedFoundAtASitesHomePage() throws Exception {
        outlet.serve(
                        "/",
                        LocalSite.HTML,
                        LocalSite.page("<link rel=alternate type=application/atom+xml href=/atom.xml>", ""))
                .serve("/atom.xml", LocalSite.ATOM, LocalSite.atom("Outlet"));

        HttpResponse<String> response =
                site.post("/admin/sources", form(outlet.url("/").toString(), "Outlet", "gb", "en", "full"));

        assertThat(response.statusCode()).isEqualTo(303);
        Source added = site.db.sources().all().getFirst();
        assertThat(added.feedUrl()).isEqualTo(outlet.url("/atom.xml"));
        assertThat(added.name()).isEqualTo("Outlet");
        assertThat(site.refreshed).containsExactly(added.id());
    }

    @Test
    void addsAFeedAddressAsEntered() throws Exception {
        outlet.serve("/rss.xml", LocalSite.RSS, LocalSite.rss("Direct"));

        HttpResponse<String> response =
                site.post("/admin/sources", form(outlet.url("/rss.xml").toString(), "Direct", "", "", "full"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(site.db.sources().all()).extracting(Source::feedUrl).containsExactly(outlet.url("/rss.xml"));
    }

    @Test
    void refusesASiteWithoutAFeedNextToTheAddressField() throws Exception {
        outlet.serve("/", LocalSite.HTML, LocalSite.page("", "<p>Nothing to subscribe to</p>"));

        HttpResponse<String> response =
                site.post("/admin/sources", form(outlet.url("/").toString(), "Outlet", "", "", "full"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#feedUrl-problem").text()).contains("No feed found at this address");
        assertThat(page.selectFirst("#feedUrl").val()).isEqualTo(outlet.url("/").toString());
        assertThat(page.selectFirst("#name").val()).isEqualTo("Outlet");
        assertThat(site.db.sources().all()).isEmpty();
    }

    @Test
    void checksTheFormBeforeFetchingAnything() throws Exception {
        HttpResponse<String> response =
                site.post("/admin/sources", form(outlet.url("/").toString(), " ", "XX", "", "full"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(outlet.requested).isEmpty();
    }

    @Test
    void refusesAnAddressThatCannotBeFetchedWithTheReasonBesideTheField() throws Exception {
        for (String address : List.of(outlet.url("/gone.xml").toString(), "http://127.0.0.1:1/feed")) {
            HttpResponse<String> response = site.post("/admin/sources", form(address, "Gone", "", "", "full"));

            assertThat(response.statusCode()).as(address).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).select("#feedUrl-problem").text())
                    .as(address)
                    .containsAnyOf("HTTP_404", "CONNECTION_FAILED")
                    .contains("Add it anyway");
        }
        assertThat(site.db.sources().all()).isEmpty();
    }

    @Test
    void addsAnAddressThatDoesNotAnswerWhenTheOperatorForcesItButKeepsItOutOfTheMenus() throws Exception {
        URI missing = outlet.url("/gone.xml");

        HttpResponse<String> response =
                site.post("/admin/sources", form(missing.toString(), "Gone", "", "", "full") + "&force=on");

        // The ingester polls it at once and shows HTTP_404 with the source, as for any feed that fails.
        assertThat(response.statusCode()).isEqualTo(303);
        Source gone = site.db.sources().all().getFirst();
        assertThat(gone.feedUrl()).isEqualTo(missing);
        site.db.sources().recordFailure(gone.id(), Instant.now(), "HTTP_404", "Not Found", Instant.now());
        // A source that has never been read and is failing is in no reader's menu.
        assertThat(site.page("/latest").select("select#source option"))
                .extracting(e -> e.text())
                .doesNotContain("Gone");
        // Once it has been read, a later failure does not take the outlet out of the menus.
        site.db.sources().recordSuccess(gone.id(), Instant.now(), null, null, Instant.now());
        site.article(gone, "g-1", "Back again", Duration.ofMinutes(5));
        site.db.sources().recordFailure(gone.id(), Instant.now(), "HTTP_503", "Unavailable", Instant.now());
        assertThat(site.page("/latest").select("select#source option"))
                .extracting(e -> e.text())
                .contains("Gone");
    }
}
