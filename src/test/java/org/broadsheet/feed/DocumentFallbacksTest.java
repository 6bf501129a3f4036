package org.broadsheet.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What ROME's model leaves out and the parser reads from the document itself. */
class DocumentFallbacksTest {
    private static final URI FEED_URL = URI.create("https://example.org/feed.xml");
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String xml) throws FeedParseException {
        return parser.parse(xml.getBytes(UTF_8), null, FEED_URL);
    }

    @Test
    void readsTheSubtitleOfAnAtom03Feed() throws FeedParseException {
        ParsedFeed feed = parse("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>T</title>"
                + "<subtitle type=\"text/html\" mode=\"escaped\">safe&lt;script&gt;alert(1)&lt;/script&gt;"
                + " &lt;iframe src=\"https://x.example/\"&gt;description&lt;/iframe&gt;</subtitle></feed>");

        assertThat(feed.feed().description()).isEqualTo("safe description");
        assertThat(feed.warnings()).isEmpty();
    }

    @Test
    void keepsMarkupWrittenAsElementsInsideAnRssDescription() throws FeedParseException {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>T</title>"
                + "<description><p>About <b>us</b></p></description>"
                + "<item><title>One</title><description>Hello <b>world</b><script>alert(1)</script>"
                + "<img src=\"/a.png\" onerror=\"alert(1)\"/></description></item></channel></rss>");

        assertThat(feed.feed().description()).isEqualTo("About us");
        assertThat(feed.entries().getFirst().summary().replaceAll("\\s+", " "))
                .isEqualTo("Hello <b>world</b> <img src=\"https://example.org/a.png\" />");
    }

    @Test
    void readsDeclaredHtmlThatArrivesAsElements() throws FeedParseException {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><id>urn:1</id>"
                + "<title>One</title><content type=\"html\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "Example &lt;b&gt;Atom&lt;/b&gt;</div></content></entry></feed>");

        assertThat(feed.entries().getFirst().content()).isEqualTo("Example <b>Atom</b>");
    }

    @Test
    void readsInlineXhtmlInAnUntypedAtom03Summary() throws FeedParseException {
        ParsedFeed feed = parse("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><id>urn:1</id>"
                + "<summary>Example <b>Atom</b></summary><modified>2004-01-01T19:48:21Z</modified></entry></feed>");

        FeedEntry entry = feed.entries().getFirst();
        assertThat(entry.summary()).isEqualTo("Example <b>Atom</b>");
        // <modified> is the update time; without <issued> it is also the best publication time there is.
        assertThat(entry.updated()).isEqualTo(Instant.parse("2004-01-01T19:48:21Z"));
        assertThat(entry.published()).isEqualTo(Instant.parse("2004-01-01T19:48:21Z"));
    }

    @Test
    void takesTheChannelsDublinCoreLanguageAndAMediaTitle() throws FeedParseException {
        ParsedFeed feed = parse("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>T</title><dc:language>fr</dc:language>"
                + "<item><guid>g1</guid><media:title>Le clip</media:title></item>"
                + "<item><guid>g2</guid><media:group><media:title>Le groupe</media:title></media:group></item>"
                + "</channel></rss>");

        assertThat(feed.feed().language()).isEqualTo("fr");
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Le clip", "Le groupe");
    }

    @Test
    void aTitleDeclaredAsTextKeepsItsAngleBrackets() throws FeedParseException {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"html\">A &lt;b&gt;bold"
                + "&lt;/b&gt; feed</title><entry><id>urn:1</id><title type=\"text\">History of the &lt;blink&gt;"
                + " tag</title></entry></feed>");

        assertThat(feed.feed().title()).isEqualTo("A bold feed");
        assertThat(feed.entries().getFirst().title()).isEqualTo("History of the <blink> tag");
    }
}
