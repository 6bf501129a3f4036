package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
    /** For the checks of what is extracted: the default one-second budget could run out on a busy CI machine. */
    private static final ArticleExtractor PATIENT = new ArticleExtractor(Duration.ofSeconds(60));

    @Property(tries = 50)
    void returnsResultForRandomTagSoup(@ForAll("tagSoup") String html) {
        Outcome outcome = guarded(() -> EXTRACTOR.extract(html, URL));
        if (outcome.article() != null) {
            assertThat(outcome.article().html()).doesNotContainIgnoringCase("<script");
        }
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

    @Property(tries = 10)
    void returnsResultOrTypedFailureForAdversarialPages(@ForAll("adversarial") String html) {
        Outcome outcome = guardedBig(() -> EXTRACTOR.extract(html, URL));
        assertThat(outcome.article() != null || outcome.failure() != null).isTrue();
    }

    @Example
    void survivesTenThousandLevelsOfNesting() {
        for (String tag : List.of("div", "span", "table")) {
            String html = ("<" + tag + ">").repeat(10_000) + "deep text" + ("</" + tag + ">").repeat(10_000);
            assertThat(extracted(() -> PATIENT.extract(html, URL)).text())
                    .as(tag)
                    .contains("deep text");
            guarded(() -> EXTRACTOR.extract(html, URL));
        }
        String unclosed = "<div><p>".repeat(5_000) + "never closed";
        guarded(() -> EXTRACTOR.extract(unclosed, URL));
    }

    @Example
    void survivesTwoHundredThousandTinyElements() {
        String spans = "<html><body><article>" + "<span>x</span>".repeat(200_000) + "</article></body></html>";
        extracted(() -> PATIENT.extract(spans, URL));
        guardedBig(() -> EXTRACTOR.extract(spans, URL));
        String paragraphs = "<html><body>" + "<p>a b.</p>".repeat(200_000) + "</body></html>";
        extracted(() -> PATIENT.extract(paragraphs, URL));
        String images = "<html><body><div>" + "<img src=a.png>".repeat(200_000) + "</div></body></html>";
        extracted(() -> PATIENT.extract(images, URL));
    }

    @Example
    void refusesMillionsOfTinyElementsAsTooComplexBeforeParsing() {
        String tiny = "<html><body>" + "<b>x</b>".repeat(1_200_000) + "</body></html>";
        assertThat(guarded(() -> EXTRACTOR.extract(tiny, URL)).failure()).isEqualTo(ExtractionFailure.TOO_COMPLEX);
        String justUnder = "<i>".repeat(ArticleExtractor.MAX_ELEMENTS - 10);
        assertThat(guardedBig(() -> PATIENT.extract(justUnder, URL)).failure()).isNull();
    }

    @Example
    void givesUpWithTimedOutOnceTheBudgetIsSpent() {
        // A clock that moves half a second each time it is read: the page runs out of its one second mid-way.
        long[] now = {0};
        ArticleExtractor slowClock = new ArticleExtractor(Duration.ofSeconds(1), () -> now[0] += 500_000_000L);
        String page = "<html><body><article><p>" + "Some words. ".repeat(100) + "</p></article></body></html>";
        assertThat(guarded(() -> slowClock.extract(page, URL)).failure()).isEqualTo(ExtractionFailure.TIMED_OUT);
        assertThat(guarded(() -> slowClock.extract(page.getBytes(StandardCharsets.UTF_8), null, URL))
                        .failure())
                .isEqualTo(ExtractionFailure.TIMED_OUT);
    }

    @Example
    void survivesLatin1BytesDeclaredAsUtf8() {
        byte[] body = ("<html><head><meta charset=utf-8></head><body><article><p>"
                        + "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve \u00e0 la fa\u00e7on d'\u00e9t\u00e9. "
                                .repeat(20)
                        + "</p></article></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        ExtractedArticle article = extracted(() -> PATIENT.extract(body, "text/html; charset=utf-8", URL));
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
        assertThat(extracted(() -> PATIENT.extract(utf8Bom, null, URL)).text()).contains("R\u00e9sum\u00e9");
        byte[] utf16Bom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE));
        assertThat(extracted(() -> PATIENT.extract(utf16Bom, "text/html; charset=utf-8", URL))
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
            assertThat(extracted(() -> PATIENT.extract(html, URL)).text()).isBlank();
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
            extracted(() -> PATIENT.extract(html, URL));
        }
    }

    @Example
    void survivesHugeAttributeValues() {
        String big = "x".repeat(1_500_000);
        String html = "<html><head><meta name=description content=\"" + big + "\"><title>" + big + "</title></head>"
                + "<body><article class=\"" + big + "\"><p data-x=\"" + big + "\">Text.</p>"
                + "<a href=\"https://example.com/" + big + "\">link</a><img src=\"data:image/png;base64," + big
                + "\"></article></body></html>";
        extracted(() -> PATIENT.extract(html, URL));
        guardedBig(() -> EXTRACTOR.extract(html, URL));
    }

    @Example
    void refusesPageOverTenMegabytesAsTooLarge() {
        String paragraph = "<p>" + "Words in a long article body, repeated. ".repeat(25) + "</p>\n";
        StringBuilder sb = new StringBuilder("<html><body><article>");
        while (sb.length() <= ArticleExtractor.MAX_INPUT_BYTES + 1000) {
            sb.append(paragraph);
        }
        sb.append("</article></body></html>");
        String html = sb.toString();
        assertThat(guarded(() -> EXTRACTOR.extract(html, URL)).failure()).isEqualTo(ExtractionFailure.TOO_LARGE);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertThat(guarded(() -> EXTRACTOR.extract(bytes, null, URL)).failure()).isEqualTo(ExtractionFailure.TOO_LARGE);
        byte[] atTheLimit = java.util.Arrays.copyOf(bytes, ArticleExtractor.MAX_INPUT_BYTES);
        assertThat(guardedBig(() -> PATIENT.extract(atTheLimit, null, URL)).failure())
                .isNull();
        String multiByte = "<p>" + "\ud83d\ude00".repeat(ArticleExtractor.MAX_INPUT_BYTES / 4 + 10) + "</p>";
        assertThat(guarded(() -> EXTRACTOR.extract(multiByte.getBytes(StandardCharsets.UTF_8), null, URL))
                        .failure())
                .isEqualTo(ExtractionFailure.TOO_LARGE);
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

    /** Pages built to be expensive: deep nesting, many tiny elements, long runs of text, in random mixes. */
    @Provide
    Arbitrary<String> adversarial() {
        Arbitrary<String> tag = Arbitraries.of("div", "span", "p", "table", "li", "b", "section", "a", "font");
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 12_000);
        Arbitrary<String> nested = Combinators.combine(tag, depth)
                .as((t, d) -> ("<" + t + " class=content>").repeat(d) + "words here. " + ("</" + t + ">").repeat(d));
        Arbitrary<String> flat = Combinators.combine(tag, Arbitraries.integers().between(1, 400_000))
                .as((t, n) -> ("<" + t + ">x</" + t + ">").repeat(n));
        Arbitrary<String> runs = Arbitraries.integers().between(1, 2_000_000).map(n -> "<p>" + "w ".repeat(n) + "</p>");
        return Arbitraries.oneOf(nested, flat, runs)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(2_000);
    }

    /** One extraction, under test: it either gives an article or fails with a typed reason, nothing else. */
    @FunctionalInterface
    interface Call {
        ExtractedArticle run() throws ExtractionException;
    }

    /** What a call gave: an article, or the typed failure. */
    record Outcome(
            @Nullable ExtractedArticle article, @Nullable ExtractionFailure failure) {
        ExtractedArticle expectArticle() {
            assertThat(failure).as("failure").isNull();
            return java.util.Objects.requireNonNull(article);
        }
    }

    private static Outcome attempt(Duration guard, Call call) {
        return assertTimeoutPreemptively(guard, () -> {
            try {
                return new Outcome(call.run(), null);
            } catch (ExtractionException e) {
                return new Outcome(null, e.failure());
            }
        });
    }

    /** A call whose outcome is only required to be an article or a typed failure, in time. */
    private static Outcome guarded(Call call) {
        return attempt(HANG_GUARD, call);
    }

    private static Outcome guardedBig(Call call) {
        return attempt(BIG_INPUT_HANG_GUARD, call);
    }

    /** A call that must give an article; it runs on {@link #PATIENT}, whose budget a loaded machine cannot exhaust. */
    private static ExtractedArticle extracted(Call call) {
        return attempt(BIG_INPUT_HANG_GUARD, call).expectArticle();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
