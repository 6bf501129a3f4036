package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.broadsheet.demo.DemoServer;
import org.broadsheet.demo.DemoSource;
import org.broadsheet.feed.LocalSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's commands against a real data folder and the demo corpus on 127.0.0.1. */
class CommandLineTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void addsListsIngestsAndRemovesASource() {
        try (DemoServer demo = DemoServer.start(0)) {
            DemoSource outlet = demo.sources().get(0);
            String data = dir.toString();

            CliRun added = run(
                    "sources",
                    "add",
                    outlet.feedUrl().toString(),
                    "--allow-private-addresses",
                    "--data",
                    data,
                    "--country",
                    "gb");
            CliRun ingested = run("ingest", "--once", "--allow-private-addresses", "--data", data);
            CliRun listed = run("sources", "list", "--data", data);
            CliRun removed = run("sources", "remove", "1", "--data", data);

            assertThat(added.exitCode()).isZero();
            // Without --name the feed's own title names the source; a loopback feed is fetched, to check it and when
            // polling, only with --allow-private-addresses.
            assertThat(added.out()).contains("Added source 1");
            assertThat(ingested.exitCode()).as(ingested.out() + ingested.err()).isZero();
            assertThat(ingested.out()).contains("1 sources polled, 0 failed");
            assertThat(listed.out()).contains(" ok ").contains(outlet.feedUrl().toString());
            assertThat(removed.out()).contains("Removed source 1.");
        }
    }

    @Test
    void ingestReportsAFailingSourceWithItsReasonAndExitCode() {
        String data = dir.toString();
        run("sources", "add", "http://127.0.0.1:1/feed.xml", "--name", "Gone", "--force", "--data", data);

        CliRun ingested = run("ingest", "--once", "--allow-private-addresses", "--data", data);

        assertThat(ingested.exitCode()).isEqualTo(3);
        assertThat(ingested.out()).contains("CONNECTION_FAILED").contains("1 failed");
    }

    @Test
    void rejectsBadInputWithAUsageError() {
        String data = dir.toString();

        assertThat(run("sources", "add", "ftp://example.org/feed", "--data", data)
                        .exitCode())
                .isEqualTo(2);
        assertThat(run("sources", "add", "https://example.org/feed", "--name", "X", "--display", "most", "--data", data)
                        .err())
                .contains("display must be 'full' or 'excerpt'");
        assertThat(run("sources", "add", "https://example.org/feed", "--name", "X", "--country", "GBR", "--data", data)
                        .exitCode())
                .isEqualTo(2);
        assertThat(run("sources", "remove", "42", "--data", data).err()).contains("NOT_FOUND");
        assertThat(run("ingest", "--data", data).exitCode()).isEqualTo(2);
    }

    @Test
    void refusesAFeedThatCannotBeFetchedWithItsReasonUnlessForced() {
        String data = dir.toString();

        CliRun refused = run("sources", "add", "http://127.0.0.1:1/feed", "--data", data);
        CliRun blocked = run("sources", "add", "http://169.254.169.254/latest/meta-data/", "--data", data);
        CliRun malformed = run("sources", "add", "https://", "--data", data);

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .startsWith("BLOCKED_ADDRESS")
                .contains("--force")
                .doesNotContain("Usage:");
        assertThat(blocked.exitCode()).isEqualTo(2);
        assertThat(blocked.err()).startsWith("BLOCKED_ADDRESS");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).startsWith("INVALID_URL").doesNotContain("Usage:");
        assertThat(run("sources", "list", "--data", data).out()).doesNotContain("127.0.0.1");

        CliRun forced = run("sources", "add", "http://127.0.0.1:1/feed", "--force", "--data", data);
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.out()).contains("Added source 1");
    }

    @Test
    void rejectsCountryAndLanguageCodesTheWebFormRejects() {
        String data = dir.toString();

        CliRun country =
                run("sources", "add", "https://example.org/feed", "--name", "X", "--country", "XX", "--data", data);
        CliRun language =
                run("sources", "add", "https://example.org/feed", "--name", "X", "--language", "zz", "--data", data);
        CliRun url = run("sources", "add", "https://", "--name", "X", "--data", data);
        CliRun good = run(
                "sources",
                "add",
                "http://127.0.0.1:1/feed",
                "--force",
                "--name",
                "X",
                "--country",
                "nl",
                "--language",
                "NL",
                "--data",
                data);

        assertThat(country.exitCode()).isEqualTo(2);
        assertThat(country.err()).contains("--country 'XX': Use a two-letter country code");
        assertThat(language.exitCode()).isEqualTo(2);
        assertThat(language.err()).contains("--language 'zz': Use a two-letter language code");
        assertThat(url.exitCode()).isEqualTo(2);
        assertThat(url.err()).contains("starting with http:// or https://");
        assertThat(good.exitCode()).isZero();
        assertThat(run("sources", "list", "--data", data).out()).contains("127.0.0.1:1/feed");
    }

    @Test
    void refusesADuplicateFeed() {
        String data = dir.toString();
        // A loopback address without --allow-private-addresses is refused before any connection, so the feed is
        // added as given without a request leaving the machine.
        run("sources", "add", "http://127.0.0.1:1/feed", "--name", "X", "--force", "--data", data);

        CliRun again = run("sources", "add", "http://127.0.0.1:1/feed", "--name", "X", "--force", "--data", data);

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("DUPLICATE_SOURCE");
    }

    @Test
    void addsTheFeedDiscoveredAtASiteAddressAndNamesTheOthers() {
        try (LocalSite site = new LocalSite()) {
            site.serve(
                            "/",
                            LocalSite.HTML,
                            LocalSite.page(
                                    "<link rel=alternate type=application/rss+xml href=/rss.xml>"
                                            + "<link rel=alternate type=application/atom+xml href=/atom.xml>",
                                    ""))
                    .serve("/rss.xml", LocalSite.RSS, LocalSite.rss("Daily News"))
                    .serve("/atom.xml", LocalSite.ATOM, LocalSite.atom("Daily Atom"));
            String data = dir.toString();

            CliRun added = run("sources", "add", site.url("/").toString(), "--allow-private-addresses", "--data", data);

            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out())
                    .contains("Found feed " + site.url("/rss.xml") + " at " + site.url("/"))
                    .contains("Added source 1: Daily News (" + site.url("/rss.xml") + ")")
                    .contains("Also found: " + site.url("/atom.xml") + " (Daily Atom)");
            assertThat(run("sources", "list", "--data", data).out())
                    .contains(site.url("/rss.xml").toString())
                    .doesNotContain(site.url("/atom.xml").toString());
        }
    }

    @Test
    void refusesASiteWithoutAFeed() {
        try (LocalSite site = new LocalSite()) {
            site.serve("/", LocalSite.HTML, LocalSite.page("", "<p>No feed here</p>"));
            String data = dir.toString();

            CliRun added = run(
                    "sources",
                    "add",
                    site.url("/").toString(),
                    "--name",
                    "X",
                    "--allow-private-addresses",
                    "--data",
                    data);

            assertThat(added.exitCode()).isEqualTo(2);
            assertThat(added.err()).contains("NO_FEED_FOUND");
            assertThat(run("sources", "list", "--data", data).out())
                    .doesNotContain(site.url("/").toString());
        }
    }
}
