package org.broadsheet.feed;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
    private static final URI FEED_URL = URI.create("https://example.org/blog/feed.xml");
    private final FeedParser parser = new FeedParser();

    private FeedParseFailure code(String document) {
        return catchThrowableOfType(
                        FeedParseException.class, () -> parser.parse(document.getBytes(UTF_8), null, FEED_URL))
                .failure();
    }

    @Test
    void readsANewsSitemapAsAFeedNewestFirst() throws FeedParseException {
        String sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"
                + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>https://example.org/about</loc></url>"
                + "<url><loc>https://example.org/news/older</loc><lastmod>2026-11-27T10:00:00Z</lastmod><news:news>"
                + "<news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>"
                + "<news:publication_date>2026-11-26T08:00:00+01:00</news:publication_date>"
                + "<news:title>Older &amp; wiser</news:title></news:news></url>"
                + "<url><loc>https://example.org/news/newer</loc><news:news>"
                + "<news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>"
                + "<news:publication_date>2026-11-27</news:publication_date>"
                + "<news:title>Newer</news:title></news:news></url></urlset>";

        ParsedFeed feed =
                parser.parse(sitemap.getBytes(UTF_8), "application/xml", URI.create("https://example.org/news.xml"));

        assertThat(feed.format()).isEqualTo("sitemap_news");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Newer", "Older & wiser");
        FeedEntry older = feed.entries().get(1);
        assertThat(older.id()).isEqualTo("https://example.org/news/older");
        assertThat(older.link()).isEqualTo("https://example.org/news/older");
        assertThat(older.published()).isEqualTo(java.time.Instant.parse("2026-11-26T07:00:00Z"));
        assertThat(older.updated()).isEqualTo(java.time.Instant.parse("2026-11-27T10:00:00Z"));
    }

    @Test
    void aSitemapWithoutNewsOrAnIndexIsNotAFeed() {
        String plain = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://example.org/about</loc></url></urlset>";
        String index = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://example.org/news.xml</loc></sitemap></sitemapindex>";

        assertThat(code(plain)).isEqualTo(FeedParseFailure.NOT_A_FEED);
        assertThat(code(index)).isEqualTo(FeedParseFailure.NOT_A_FEED);
    }

    @Test
    void rejectsEmptyAndBlankBodies() {
        assertThat(code("")).isEqualTo(FeedParseFailure.EMPTY_BODY);
        assertThat(code(" \n\t ")).isEqualTo(FeedParseFailure.EMPTY_BODY);
    }

    @Test
    void readsJsonFeedWithoutTheVersionUrlWhenTheStructureIsClear() throws FeedParseException {
        ParsedFeed feed = parser.parse(
                "{\"title\": \"T\", \"items\": [{\"id\": \"a\", \"title\": \"A\"}]}".getBytes(UTF_8), null, FEED_URL);
        assertThat(feed.entries()).hasSize(1);
        assertThat(feed.warnings()).singleElement().asString().contains("no version");
        assertThat(code("{\"title\": \"T\"}")).isEqualTo(FeedParseFailure.NOT_A_FEED);
        assertThat(code("{\"items\": []}")).isEqualTo(FeedParseFailure.NOT_A_FEED);
    }

    @Test
    void takesTheNameOutOfRssAuthorsWithAnEmailAddress() {
        assertThat(FeedText.personName("jane@example.org (Jane Doe)")).isEqualTo("Jane Doe");
        assertThat(FeedText.personName("Jane Doe (jane@example.org)")).isEqualTo("Jane Doe");
        assertThat(FeedText.personName("Jane Doe <mailto:jane@example.org>")).isEqualTo("Jane Doe");
        assertThat(FeedText.personName(" jane@example.org ")).isEqualTo("jane@example.org");
        assertThat(FeedText.personName("Jane Doe (editor)")).isEqualTo("Jane Doe (editor)");
        assertThat(FeedText.personName(" ")).isNull();
    }

    @Test
    void rejectsHtmlPagesJsonAndGarbageAsNotAFeed() {
        assertThat(code("<!doctype html><html><body>hi</body></html>")).isEqualTo(FeedParseFailure.NOT_A_FEED);
        assertThat(code("<html><body>hi</body></html>")).isEqualTo(FeedParseFailure.NOT_A_FEED);
        assertThat(code("<note><to>x</to></note>")).isEqualTo(FeedParseFailure.NOT_A_FEED);
        assertThat(code("{\"not\": \"a feed\"}")).isEqualTo(FeedParseFailure.NOT_A_FEED);
        assertThat(code("just some words")).isEqualTo(FeedParseFailure.NOT_A_FEED);
    }

    @Test
    void reportsBrokenFeedsAsMalformed() {
        // Cut off before any entry: nothing to keep, and the reason says why.
        assertThat(code("<rss version=\"2.0\"><channel><title>cut off")).isEqualTo(FeedParseFailure.TRUNCATED);
        assertThat(code("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": ["))
                .isEqualTo(FeedParseFailure.MALFORMED_FEED);
    }

    @Test
    void neverReadsExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-TOKEN");
        String general = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link>
                <description>d</description><item><title>&xxe;</title><guid>1</guid></item></channel></rss>
                """.formatted(secret.toUri());
        String parameter = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY %% p SYSTEM "%s"> %%p;]>
                <rss version="2.0"><channel><title>t</title><link>https://x.example/</link>
                <description>d</description></channel></rss>
                """.formatted(secret.toUri());

        for (String attack : new String[] {general, parameter}) {
            assertThat(FeedJson.toLine(FeedGoldenTest.parseToTree(attack.getBytes(UTF_8), FEED_URL)))
                    .doesNotContain("TOP-SECRET-TOKEN");
        }
    }

    @Test
    void neverFetchesAnExternalDtdOrIncludesAnotherDocument(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.xml"), "<p>TOP-SECRET-TOKEN</p>");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak \"TOP-SECRET-TOKEN\">".getBytes(UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String channel = "<rss version=\"2.0\"><channel><title>t &amp; u</title><link>https://x.example/</link>"
                    + "<description>d</description></channel></rss>";
            String xinclude = "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><title>t"
                    + "</title><link>https://x.example/</link><description><xi:include href=\"" + secret.toUri()
                    + "\" parse=\"text\"/><xi:include href=\"" + remote + "\"/></description><item><guid>1</guid>"
                    + "<description><xi:include href=\"" + secret.toUri() + "\"/></description></item>"
                    + "</channel></rss>";
            for (String attack : new String[] {
                "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + remote + "\">" + channel,
                "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Evil//DTD//EN\" \"" + remote + "\">" + channel,
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % r SYSTEM \"" + remote + "\"> %r;]>"
                        + channel.replace("t &amp; u", "&leak;"),
                xinclude
            }) {
                assertThat(FeedJson.toLine(FeedGoldenTest.parseToTree(attack.getBytes(UTF_8), FEED_URL)))
                        .doesNotContain("TOP-SECRET-TOKEN");
            }
        } finally {
            server.stop(0);
        }
        assertThat(requests.get())
                .as("requests for external DTDs or included documents")
                .isZero();
    }

    @Test
    void readsTheDateFormsSeenInTheWild() throws FeedParseException {
        String[][] cases = {
            {"Tue, 24 Nov 2026 16:00:00 GMT", "2026-11-24T16:00:00Z"},
            {"Tue, 24 Nov 2026 16:00:00 EST", "2026-11-24T21:00:00Z"},
            {"Tue, 24 Nov 2026 16:00:00 PDT", "2026-11-24T23:00:00Z"},
            {"Tue, 24 Nov 2026 16:00:00 +0530", "2026-11-24T10:30:00Z"},
            {"24 Nov 2026 16:00 +0000", "2026-11-24T16:00:00Z"},
            {"Tue, 24 Nov 26 16:00:00 Z", "2026-11-24T16:00:00Z"},
            {"2026-11-24T16:00:00Z", "2026-11-24T16:00:00Z"},
            {"2026-11-24T16:00:00+01:00", "2026-11-24T15:00:00Z"},
            {"2026-11-24T16:00:00.250-05:00", "2026-11-24T21:00:00.250Z"},
            // Without a zone, a time is read as UTC: the usual guess, and never a day off.
            {"2026-11-24T16:00:00", "2026-11-24T16:00:00Z"},
            {"2026-11-24 16:00:00", "2026-11-24T16:00:00Z"},
            {"2026-11-24 16:00:00 +0100", "2026-11-24T15:00:00Z"},
            {"Tue, 24 Nov 2026 16:00:00", "2026-11-24T16:00:00Z"},
            {"Tuesday, 24 November 2026 16:00:00 GMT", "2026-11-24T16:00:00Z"},
            {"2026-11-24", "2026-11-24T00:00:00Z"},
        };
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < cases.length; i++) {
            rss.append("<item><guid>").append(i).append("</guid><pubDate>").append(cases[i][0]);
            rss.append("</pubDate></item>");
        }
        ParsedFeed feed = parser.parse(rss.append("</channel></rss>").toString().getBytes(UTF_8), null, FEED_URL);

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            if (!java.time.Instant.parse(cases[i][1])
                    .equals(feed.entries().get(i).published())) {
                wrong.add(cases[i][0] + " -> " + feed.entries().get(i).published());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void readsItemsThatSitOutsideAChannelWithAWarning() throws FeedParseException {
        String rss = "<rss version=\"2.0\"><title>Old style</title><item><title>One</title>"
                + "<link>https://x.example/1</link><description>First &lt;b&gt;item&lt;/b&gt;</description></item>"
                + "<item><title>Two</title><link>https://x.example/2</link></item></rss>";

        ParsedFeed feed = parser.parse(rss.getBytes(UTF_8), null, FEED_URL);

        assertThat(feed.feed().title()).isEqualTo("Old style");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("One", "Two");
        assertThat(feed.entries().getFirst().summary()).isEqualTo("First <b>item</b>");
        assertThat(feed.warnings()).containsExactly("read items outside a <channel> as the channel's");
    }

    @Test
    void survivesEntityExpansionBombs() throws FeedParseException {
        String lol = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <rss version="2.0"><channel><title>&d;&d;&d;&d;&d;&d;&d;&d;</title><link>https://x.example/</link>
                <description>d</description></channel></rss>
                """;

        ParsedFeed feed = parser.parse(lol.getBytes(UTF_8), null, FEED_URL);

        assertThat(feed.feed().title()).doesNotContain("aaaa");
    }

    @Test
    void resolvesRelativeLinksAgainstTheFeedUrl() throws FeedParseException {
        String rss = """
                <rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>
                <item><title>x</title><link>posts/1.html</link><description>&lt;a href="../x"&gt;x&lt;/a&gt;</description></item>
                </channel></rss>""";

        ParsedFeed feed = parser.parse(rss.getBytes(UTF_8), null, FEED_URL);

        assertThat(feed.feed().link()).isEqualTo("https://example.org/");
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.link()).isEqualTo("https://example.org/blog/posts/1.html");
        assertThat(entry.id()).isEqualTo("https://example.org/blog/posts/1.html");
        assertThat(entry.summary()).contains("href=\"https://example.org/x\"");
    }

    @Test
    void decodesWithTheHttpCharsetWhenTheDocumentDeclaresNone() throws FeedParseException {
        byte[] latin1 =
                "<rss version=\"2.0\"><channel><title>Caf\u00e9</title><link>https://x.example/</link><description>d</description></channel></rss>"
                        .getBytes(ISO_8859_1);

        ParsedFeed feed = parser.parse(latin1, "application/rss+xml; charset=ISO-8859-1", FEED_URL);

        assertThat(feed.feed().title()).isEqualTo("Caf\u00e9");
    }

    @Test
    void givesEntriesWithoutIdOrLinkAStableHashId() throws FeedParseException {
        byte[] rss =
                "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description><item><title>Same</title></item><item><title>Other</title></item></channel></rss>"
                        .getBytes(UTF_8);

        ParsedFeed first = parser.parse(rss, null, FEED_URL);
        ParsedFeed second = parser.parse(rss, null, FEED_URL);

        assertThat(first.entries().get(0).id())
                .startsWith("sha256:")
                .isEqualTo(second.entries().get(0).id());
        assertThat(first.entries().get(0).id())
                .isNotEqualTo(first.entries().get(1).id());
    }

    @Test
    void fallsBackToDublinCoreAndXhtmlBody() throws FeedParseException {
        String rss = """
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
                <dc:title>Channel</dc:title><dc:description>About it</dc:description>
                <item><dc:title>Item</dc:title><dc:description>Short</dc:description>
                <body xmlns="http://www.w3.org/1999/xhtml"><p>Full <a href="/more">text</a></p></body></item>
                </channel></rss>""";
        ParsedFeed feed = parser.parse(rss.getBytes(UTF_8), null, FEED_URL);
        assertThat(feed.feed().title()).isEqualTo("Channel");
        assertThat(feed.feed().description()).isEqualTo("About it");
        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.title()).isEqualTo("Item");
        assertThat(entry.summary()).contains("Short");
        assertThat(entry.content())
                .contains("Full")
                .contains("https://example.org/more")
                .doesNotContain("xmlns");
    }

    @Test
    void completesALastEndTagCutShort() throws FeedParseException {
        String rss = "<rss version=\"2.0\"><channel><title>AT&amp;T &#8217;</title></channel></rss \n";
        ParsedFeed feed = parser.parse(rss.getBytes(UTF_8), null, FEED_URL);
        assertThat(feed.feed().title()).isEqualTo("AT&T \u2019");
        assertThat(feed.warnings()).containsExactly("completed the last end tag, which was cut short");
        assertThat(code("<rss version=\"2.0\"><channel><title>cut</ti")).isEqualTo(FeedParseFailure.TRUNCATED);
    }

    @Test
    void keepsTheEntriesThatArrivedCompleteFromAFeedCutOffMidDocument() throws FeedParseException {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut</title>"
                + "<item><title>One</title><link>https://example.org/1</link></item>"
                + "<item><title>Two &amp; a half</title><description><![CDATA[<p>a </item> in text</p>]]></description>"
                + "<link>https://example.org/2</link></item>"
                + "<item><title>Three</title><link>https://exa";

        ParsedFeed feed = parser.parse(rss.getBytes(UTF_8), null, FEED_URL);

        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("One", "Two & a half");
        assertThat(feed.feed().title()).isEqualTo("Cut");
        assertThat(feed.truncated()).isTrue();
        assertThat(feed.warnings()).contains("the document was cut off: kept the 2 entries that arrived complete");
    }

    @Test
    void keepsTheCompleteEntriesOfAnAtomFeedCutOffMidEntry() throws FeedParseException {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Cut</title><id>urn:x</id>"
                + "<entry><title>One</title><id>urn:1</id><link href=\"https://example.org/1\"/></entry>"
                + "<entry><title>Two</title><id>urn:2</id><link href=\"https://example.org/2\"/></entry>"
                + "<entry><title>Thr";

        ParsedFeed feed = parser.parse(atom.getBytes(UTF_8), null, FEED_URL);

        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("One", "Two");
        assertThat(feed.truncated()).isTrue();
    }

    @Test
    void aFeedCutOffBeforeItsFirstCompleteEntryIsTruncated() {
        assertThat(code("<rss version=\"2.0\"><channel><title>Cut</title><item><title>On"))
                .isEqualTo(FeedParseFailure.TRUNCATED);
    }

    @Test
    void aWholeFeedIsNotTruncatedAndABrokenOneStaysMalformed() throws FeedParseException {
        String whole = "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title></item></channel></rss>";
        assertThat(parser.parse(whole.getBytes(UTF_8), null, FEED_URL).truncated())
                .isFalse();
        // Closed at the end but broken in the middle: nothing was cut off.
        assertThat(code("<rss version=\"2.0\"><channel><item><title>x</title></item><item><b></item></channel></rss>"))
                .isEqualTo(FeedParseFailure.MALFORMED_FEED);
    }

    @Test
    void keepsADoctypeLookalikeInsideTheDocument() throws FeedParseException {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
                + "<description><![CDATA[ <!DOCTYPE ]]></description></item></channel></rss>";
        ParsedFeed feed = parser.parse(rss.getBytes(UTF_8), null, FEED_URL);
        assertThat(feed.warnings()).isEmpty();
        assertThat(feed.entries()).singleElement().extracting(FeedEntry::title).isEqualTo("x");
    }

    @Test
    void takesTheFeedLanguageFromTheRootXmlLang() throws FeedParseException {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang='en_GB'><title>t</title></feed>";
        assertThat(parser.parse(atom.getBytes(UTF_8), null, FEED_URL).feed().language())
                .isEqualTo("en-GB");
        String rss = "<rss version=\"2.0\" xml:lang=\"fr\"><channel><title>t</title><language>de</language>"
                + "</channel></rss>";
        assertThat(parser.parse(rss.getBytes(UTF_8), null, FEED_URL).feed().language())
                .isEqualTo("de");
    }

    @Test
    void readsC1ControlsAsWindows1252Punctuation() throws FeedParseException {
        String rss = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>don\u0092t"
                + " \u0093quote\u0094</title></channel></rss>";
        assertThat(parser.parse(rss.getBytes(ISO_8859_1), null, FEED_URL).feed().title())
                .isEqualTo("don\u2019t \u201cquote\u201d");
    }
}
