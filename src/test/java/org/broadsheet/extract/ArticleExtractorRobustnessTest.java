package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * The extractor's promise to the ingest pipeline: whatever the bytes, {@code extract} returns a result and does not
 * hang. Random documents (tag soup, garbage bytes, arbitrary characters) and hand-made adversarial ones (deep
 * nesting, huge element counts, lying charsets, oversized pages and attributes). The time limit is a generous hang
 * guard, not a speed check.
 */
class ArticleExtractorRobustnessTest {
    /** Per call: far above what any of these inputs needs, so that only a hang (or a quadratic blow-up) fails. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    /** Per call for the multi-megabyte inputs, which take seconds on a busy two-core machine. */
    private static final Duration BIG_INPUT_HANG_GUARD = Duration.ofSeconds(30);

    private static final URI URL = URI.create("https://www.example.com/articles/robust");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @Property(tries = 50)
    void returnsResultForRandomTagSoup(@ForAll("tagSoup") String html) {
        ExtractedArticle article = guarded(() -> EXTRACTOR.extract(html, URL));
        assertThat(article.html()).doesNotContainIgnoringCase("<script");
    }

    @Property(tries = 50)
    void returnsResultForGarbageBytes(@ForAll("garbage") byte[] body, @ForAll("contentTypes") @Nullable String type) {
        guarded(() -> EXTRACTOR.extract(body, type, URL));
    }

    @Property(tries = 50)
    void returnsResultForArbitraryCharacters(@ForAll("anyText") String text) {
        guarded(() -> EXTRACTOR.extract(text, URL));
        guarded(() -> EXTRACTOR.extract("<html><body><article><p>" + text + "</p></article></body></html>", URL));
    }

    @Example
    void survivesTenThousandLevelsOfNesting() {
        for (String tag : List.of("div", "span", "table")) {
            String html = "<" + tag + ">".repeat(1) + ("<" + tag + ">").repeat(9_999) + "deep text"
                    + ("</" + tag + ">").repeat(10_000);
            ExtractedArticle article = guarded(() -> EXTRACTOR.extract(html, URL));
            assertThat(article.text()).as(tag).contains("deep text");
        }
        String unclosed = "<div><p>".repeat(5_000) + "never closed";
        guarded(() -> EXTRACTOR.extract(unclosed, URL));
    }

    @Example
    void survivesTwoHundredThousandTinyElements() {
        String spans = "<html><body><article>" + "<span>x</span>".repeat(200_000) + "</article></body></html>";
        guardedBig(() -> EXTRACTOR.extract(spans, URL));
        String paragraphs = "<html><body>" + "<p>a b.</p>".repeat(200_000) + "</body></html>";
        guardedBig(() -> EXTRACTOR.extract(paragraphs, URL));
        String images = "<html><body><div>" + "<img src=a.png>".repeat(200_000) + "</div></body></html>";
        guardedBig(() -> EXTRACTOR.extract(images, URL));
    }

    @Example
    void survivesLatin1BytesDeclaredAsUtf8() {
        byte[] body = ("<html><head><meta charset=utf-8></head><body><article><p>"
                        + "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve \u00e0 la fa\u00e7on d'\u00e9t\u00e9. "
                                .repeat(20)
                        + "</p></article></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        ExtractedArticle article = guarded(() -> EXTRACTOR.extract(body, "text/html; charset=utf-8", URL));
        assertThat(article.text()).contains("Caf");
        guarded(() -> EXTRACTOR.extract(body, null, URL));
    }

    @Example
    void survivesByteOrderMarkThatDisagreesWithMetaCharset() {
        String page = "<html><head><meta charset=iso-8859-1><title>\u00c9t\u00e9</title></head>"
                + "<body><article><p>" + "R\u00e9sum\u00e9 of the \u00e9t\u00e9 season. ".repeat(20)
                + "</p></article></body></html>";
        byte[] utf8Bom =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, page.getBytes(StandardCharsets.UTF_8));
        assertThat(guarded(() -> EXTRACTOR.extract(utf8Bom, null, URL)).text()).contains("R\u00e9sum\u00e9");
        byte[] utf16Bom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE));
        assertThat(guarded(() -> EXTRACTOR.extract(utf16Bom, "text/html; charset=utf-8", URL))
                        .text())
                .contains("R\u00e9sum\u00e9");
        byte[] lyingBom = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, page.getBytes(StandardCharsets.ISO_8859_1));
        guarded(() -> EXTRACTOR.extract(lyingBom, null, URL));
        byte[] oddLength = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {'<', 'p', '>'});
        guarded(() -> EXTRACTOR.extract(oddLength, null, URL));
    }

    @Example
    void survivesEmptyAndWhitespaceOnlyDocuments() {
        for (String html :
                List.of("", " ", "\n\t\r ", "\u00a0\u2003\u3000", "<html></html>", "<!-- -->", "<p>  </p>")) {
            ExtractedArticle article = guarded(() -> EXTRACTOR.extract(html, URL));
            assertThat(article.text()).isBlank();
            guarded(() -> EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null, URL));
        }
    }

    @Example
    void survivesUnclosedAndMisnestedTags() {
        for (String html : List.of(
                "<html><body><article><p>One<p>Two<div>Three<table><tr><td>Four",
                "<b><i><p>Mis</b>nested</i> tags</p>",
                "<script>var x = '<p>not text</p>'",
                "<style>p { color: red",
                "<textarea><p>inside",
                "<!-- unclosed comment <p>text</p>",
                "<a href=\"unclosed><p>text</p>",
                "<title>only a title",
                "<svg><foreignObject><p>svg text</p>",
                "<noscript><img src=x.png>",
                "<",
                "</p></div></body></html><p>after the end")) {
            guarded(() -> EXTRACTOR.extract(html, URL));
        }
    }

    @Example
    void survivesHugeAttributeValues() {
        String big = "x".repeat(5_000_000);
        String html = "<html><head><meta name=description content=\"" + big + "\"><title>" + big + "</title></head>"
                + "<body><article class=\"" + big + "\"><p data-x=\"" + big + "\">Text.</p>"
                + "<a href=\"https://example.com/" + big + "\">link</a><img src=\"data:image/png;base64," + big
                + "\"></article></body></html>";
        guardedBig(() -> EXTRACTOR.extract(html, URL));
    }

    @Example
    void survivesPageJustOverTenMegabytes() {
        String paragraph = "<p>" + "Words in a long article body, repeated. ".repeat(25) + "</p>\n";
        StringBuilder sb = new StringBuilder("<html><body><article>");
        while (sb.length() <= ArticleExtractor.MAX_INPUT_BYTES + 1000) {
            sb.append(paragraph);
        }
        sb.append("</article></body></html>");
        String html = sb.toString();
        assertThat(guardedBig(() -> EXTRACTOR.extract(html, URL)).text()).isNotEmpty();
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertThat(guardedBig(() -> EXTRACTOR.extract(bytes, null, URL)).text()).isNotEmpty();
        String multiByte = "<p>" + "\ud83d\ude00".repeat(ArticleExtractor.MAX_INPUT_BYTES / 2 + 10) + "</p>";
        guardedBig(() -> EXTRACTOR.extract(multiByte.getBytes(StandardCharsets.UTF_8), null, URL));
    }

    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "<div>",
                        "</div>",
                        "<p>",
                        "</p>",
                        "<article>",
                        "</article>",
                        "<span class=\"content\">",
                        "<section id=comments>",
                        "</section>",
                        "<table><tr><td>",
                        "</td></tr></table>",
                        "<ul><li>",
                        "</li>",
                        "<a href=\"/x\">",
                        "<a href=\"javascript:alert(1)\">",
                        "</a>",
                        "<img src=\"y.jpg\">",
                        "<img data-src=z.jpg src=\"data:image/gif;base64,R0lGOD\">",
                        "<script>alert(1)</script>",
                        "<style>p{}</style>",
                        "<noscript><img src=n.jpg></noscript>",
                        "<h1>",
                        "</h1>",
                        "<h2>",
                        "<br>",
                        "<figure><figcaption>",
                        "</figure>",
                        "<pre><code>",
                        "</code></pre>",
                        "<!--",
                        "-->",
                        "<meta property=\"og:title\" content=\"T\">",
                        "<time datetime=\"2024-01-01\">",
                        "<",
                        ">",
                        "&amp;",
                        "&#0;",
                        "&#x110000;",
                        "<iframe src=x>",
                        "<svg onload=alert(1)>",
                        "</html>",
                        "<body>",
                        "<head>",
                        "<title>",
                        "</title>",
                        "<template>",
                        "<math>",
                        "\u0000"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(w -> w + " "));
        return token.list().ofMaxSize(300).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4_000);
        Arbitrary<byte[]> boms = Arbitraries.of(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                "<meta charset=utf-16>".getBytes(StandardCharsets.US_ASCII),
                "<meta charset=\"x-bogus\">".getBytes(StandardCharsets.US_ASCII),
                new byte[0]);
        return Combinators.combine(boms, random).as(ArticleExtractorRobustnessTest::concat);
    }

    @Provide
    Arbitrary<@Nullable String> contentTypes() {
        return Arbitraries.of(
                        "text/html",
                        "text/html; charset=utf-8",
                        "text/html; charset=ISO-8859-1",
                        "text/html; charset=utf-16",
                        "text/html; charset=utf-32",
                        "text/html; charset=nonsense",
                        "text/html; charset=\"",
                        "text/html; charset=",
                        ";;;charset=;",
                        "application/octet-stream")
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(2_000);
    }

    private static <T> T guarded(Supplier<T> call) {
        return assertTimeoutPreemptively(HANG_GUARD, call::get);
    }

    private static <T> T guardedBig(Supplier<T> call) {
        return assertTimeoutPreemptively(BIG_INPUT_HANG_GUARD, call::get);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
