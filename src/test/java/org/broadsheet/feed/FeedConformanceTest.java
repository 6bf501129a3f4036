package org.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedConformanceTest {
    @TempDir
    Path corpora;

    @Test
    void countsOutcomesExpectationsAndFieldAgreement() throws IOException {
        write("feedparser-tests/wellformed/rss/title.xml", """
                <!--
                Description: channel title
                Expect:      not bozo and feed['title'] == u'Example feed'
                -->
                <rss version="2.0"><channel><title>Example feed</title></channel></rss>
                """);
        write("feedparser-tests/wellformed/rss/encoding.xml", """
                <!--
                Expect:      not bozo and encoding == 'utf-8'
                -->
                <rss version="2.0"><channel><title>x</title></channel></rss>
                """);
        write("feedparser-tests/illformed/not_a_feed.xml", """
                <!--
                Expect:      bozo
                -->
                <html><body>no feed</body></html>
                """);
        write("gofeed-testdata/translator/rss/item.xml", """
                <rss version="2.0"><channel><title>Feed</title>
                <item><title>One</title><link>http://example.org/1</link></item></channel></rss>
                """);
        write("gofeed-testdata/translator/rss/item.json", """
                {"title": "Feed", "items": [{"title": "One", "link": "http://example.org/2"}]}
                """);
        write("gofeed-testdata/SOURCE.md", "not a document");

        FeedConformanceReport report = new FeedConformance(Duration.ofSeconds(5)).run(corpora);

        assertThat(report.documents()).isEqualTo(4);
        assertThat(report.untyped()).isZero();
        assertThat(report.passRate("wellformed")).isEqualTo(1.0);
        assertThat(report.passRate("illformed")).isEqualTo(1.0);
        assertThat(report.failures()).singleElement().asString().startsWith("NOT_APPLICABLE wellformed");
        // Feed title, entry count and entry title agree; the entry link does not.
        assertThat(report.table())
                .contains("| feedparser-tests | 3 | 2 | 1 | 0 | 0 |")
                .contains("| gofeed-testdata gofeed_universal | 4 | 3 | 75.0% |");
    }

    @Test
    void readsTheCommentOfUtf16Documents() {
        byte[] body = "\uFEFF<!-- Expect: bozo -->".getBytes(StandardCharsets.UTF_16LE);
        assertThat(FeedConformance.head(body)).isEqualTo("<!-- Expect: bozo -->");
        assertThat(FeedConformance.header("Header: Content-type: text/xml\n", "content-TYPE"))
                .isEqualTo("text/xml");
    }

    private void write(String relative, String text) throws IOException {
        Path file = corpora.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
