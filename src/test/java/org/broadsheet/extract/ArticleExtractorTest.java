package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final URI URL = URI.create("https://www.example.com/a/b.html");
    /** A budget no busy machine exhausts: these tests check what is extracted; the time bound has its own tests. */
    private final ArticleExtractor extractor = new ArticleExtractor(java.time.Duration.ofSeconds(60));

    @Test
    void decodesWithTheContentTypeCharsetBeforeTheMetaCharset() throws ExtractionException {
        byte[] body = "<html><head><meta charset=utf-8></head><body><p>Café crème</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        ExtractedArticle article = extractor.extract(body, "text/html; charset=ISO-8859-1", URL);
        assertThat(article.text()).isEqualTo("Café crème");
    }

    @Test
    void byteOrderMarkWinsOverEverythingElse() throws ExtractionException {
        byte[] html = "<meta charset=iso-8859-1><p>Grüße</p>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[html.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(html, 0, body, 3, html.length);
        assertThat(extractor
                        .extract(body, "text/html; charset=windows-1252", URL)
                        .text())
                .isEqualTo("Grüße");
    }

    @Test
    void defaultsToUtf8WithoutAnyDeclaration() throws ExtractionException {
        byte[] body = "<p>naïve — “quoted”</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(extractor.extract(body, null, URL).text()).isEqualTo("naïve — “quoted”");
    }

    @Test
    void emptyBodyGivesEmptyTextAndHtml() throws ExtractionException {
        ExtractedArticle article = extractor.extract(new byte[0], null, URL);
        assertThat(article.text()).isEmpty();
        assertThat(article.html()).isEmpty();
        assertThat(article.wordCount()).isZero();
        assertThat(article.title()).isNull();
    }

    @Test
    void survivesDeepNestingAndBrokenMarkup() throws ExtractionException {
        String html = "<div>".repeat(50_000) + "<p>Deep text, with a comma." + "<table><tr><td><b><i>".repeat(2_000)
                + "</foo><script>alert(1)</script><<>>&&&#xZZ;<img src=x onerror=alert(1)>";
        ExtractedArticle article = extractor.extract(html, URL);
        assertThat(article.text()).contains("Deep text, with a comma.");
        assertThat(article.html()).doesNotContain("script", "onerror");
    }

    @Test
    void refusesInputOverTenMegabytesWithTooLarge() {
        String paragraph = "<p>Filler sentence, long enough to be counted as real article text here.</p>\n";
        StringBuilder html = new StringBuilder("<html><body><article>");
        while (html.length() < ArticleExtractor.MAX_INPUT_BYTES) {
            html.append(paragraph);
        }
        html.append("<p>BEYOND THE LIMIT</p></article></body></html>");
        byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> extractor.extract(body, null, URL))
                .isInstanceOfSatisfying(
                        ExtractionException.class, e -> assertThat(e.code()).isEqualTo("TOO_LARGE"))
                .hasMessageContaining(String.valueOf(body.length));
    }

    @Test
    void resolvesRelativeLinksAndImagesToAbsoluteUrls() throws ExtractionException {
        String html = "<article><p>Some long paragraph of text that has a <a href='../c/d.html'>link</a> inside it,"
                + " and more words after the link so that it scores.</p><img src='/img/x.jpg'></article>";
        ExtractedArticle article = extractor.extract(html, URL);
        assertThat(article.html())
                .contains("href=\"https://www.example.com/c/d.html\"")
                .contains("src=\"https://www.example.com/img/x.jpg\"");
    }

    @Test
    void wordCountCountsWhitespaceSeparatedWords() throws ExtractionException {
        ExtractedArticle article = extractor.extract("<p>One two  three.</p><p>Four</p>", URL);
        assertThat(article.wordCount()).isEqualTo(4);
    }

    @Test
    void replacesALazyPlaceholderWithTheImageInItsNoscript() throws ExtractionException {
        String prose =
                "<p>" + "The harbour wall gave way after a night of heavy swell, officials said. ".repeat(8) + "</p>";
        String html = "<article>" + prose + "<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"x.jpg\">"
                + "<noscript><img src=\"/img/wall.jpg\" alt=\"wall\"></noscript></figure>" + prose + "</article>";
        ExtractedArticle article = extractor.extract(html, URL);
        assertThat(article.html())
                .contains("https://www.example.com/img/wall.jpg")
                .doesNotContain("x.jpg");
    }

    @Test
    void dropsAdLabelsAndCreditOnlyCaptionsButKeepsProse() throws ExtractionException {
        String prose =
                "<p>" + "The harbour wall gave way after a night of heavy swell, officials said. ".repeat(8) + "</p>";
        String html = "<article>" + prose + "<div>Advertisement&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                + "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</div>"
                + "<figure><img src=\"/img/wall.jpg\"><figcaption>Photo: Reuters</figcaption></figure>"
                + "<p>Advertisement of the new ferry timetable drew complaints from the harbour's regular users.</p>"
                + prose + "</article>";
        ExtractedArticle article = extractor.extract(html, URL);
        assertThat(article.text())
                .doesNotContain("Photo: Reuters")
                .contains("Advertisement of the new ferry timetable")
                .doesNotContainPattern("(?m)^Advertisement\\s*$");
    }
}
