package org.broadsheet.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Embedding elements give way to the text of their fallback content, escaped, as a browser without the plug-in shows
 * it; hostile markup inside them comes out as inert text; script, style and template contents stay dropped.
 */
class EmbedFallbackTest {
    private static final URI BASE = URI.create("https://news.example.com/2024/story.html");

    private static String clean(String html) {
        return HtmlSanitizer.sanitize(html, null);
    }

    @Test
    void keepsTheTextInsideAnIframe() {
        assertThat(clean("safe<iframe src=\"https://video.example/embed/1\"> <b>description</b></iframe>"))
                .isEqualTo("safe description");
    }

    @Test
    void keepsTheFallbackOfObjectAppletNoembedAndNoframes() {
        assertThat(clean("<p>Watch<object data=\"https://video.example/a.swf\"><param name=\"movie\" value=\"a.swf\">"
                        + " <a href=\"https://video.example/a\">the video</a></object>.</p>"))
                .isEqualTo("<p>Watch the video.</p>");
        assertThat(clean("safe<applet code=\"Clock.class\"> a clock</applet> here"))
                .isEqualTo("safe a clock here");
        assertThat(clean("safe<noembed> <i>no plug-in</i></noembed>")).isEqualTo("safe no plug-in");
        assertThat(clean("safe<noframes> <p>no frames</p></noframes>")).isEqualTo("safe no frames");
        // <object /> is not self-closing in HTML: what follows is its fallback, as a browser reads it.
        assertThat(clean("safe<object classid=\"clsid:C932BA85\" /> description"))
                .isEqualTo("safe description");
    }

    @Test
    void dropsEmptyEmbedsAndVoidOnes() {
        assertThat(clean("safe<embed src=\"https://x.example/a.swf\"> description"))
                .isEqualTo("safe description");
        assertThat(clean("safe<iframe src=\"https://x.example/\"></iframe> description"))
                .isEqualTo("safe description");
    }

    @Test
    void markupInsideAnIframeComesOutAsInertText() {
        String out =
                clean("<iframe>&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt;</iframe>");

        assertThat(out)
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src&#61;x onerror&#61;alert(2)&gt;");
        Document doc = Jsoup.parseBodyFragment(out);
        assertThat(doc.body().children()).isEmpty();
        assertThat(doc.body().text()).isEqualTo("<script>alert(1)</script> and <img src=x onerror=alert(2)>");
    }

    @Test
    void hostileElementsInsideAnIframeOrObjectLeaveOnlyTheirText() {
        String iframe = clean("<iframe src=\"javascript:alert(1)\"><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">Watch</a><style>p{}</style></iframe>");
        String object = clean("<object data=\"javascript:alert(1)\"><svg onload=alert(1)><text>x</text></svg>"
                + "<iframe srcdoc=\"<script>alert(1)</script>\">inner</iframe><form action=\"https://evil.example/\">"
                + "<input name=p><button formaction=\"javascript:alert(1)\">Go</button></form></object>");

        assertThat(iframe).isEqualTo("Watch");
        assertThat(object).isEqualTo("x inner Go");
    }

    @Test
    void breakingOutOfAnEmbedsRawTextGivesNothingExecutable() {
        String out = clean("<noembed><p title=\"</noembed><img src=x onerror=alert(1)>\"></noembed>");

        Document doc = Jsoup.parseBodyFragment(out);
        assertThat(doc.select("noembed, p[title]")).isEmpty();
        assertThat(doc.select("img").attr("onerror")).isEmpty();
        assertThat(out).doesNotContain("onerror=", "<noembed");
    }

    @Test
    void scriptStyleAndTemplateContentsStayDropped() {
        assertThat(clean("a<template><p>never shown</p></template>b")).isEqualTo("ab");
        assertThat(clean("a<script>alert(1)</script><style>p{color:red}</style>b"))
                .isEqualTo("ab");
        assertThat(clean("a<object><script>alert(1)</script><template>t</template> ok</object>"))
                .isEqualTo("a ok");
    }

    @Test
    @Timeout(10)
    void deeplyNestedIframesEndAtAFixedDepth() {
        assertThat(clean("<iframe><iframe><iframe><iframe><iframe>deep</iframe>"))
                .isEmpty();
        String nested = "<iframe>".repeat(20_000) + "x" + "</iframe>".repeat(20_000);
        assertThat(clean(nested)).doesNotContain("<iframe", "<");
        String objects = "<object>".repeat(5_000) + "x" + "</object>".repeat(5_000);
        assertThat(clean(objects)).isEqualTo("x");
    }

    @Test
    void uppercaseTagsAreFoundToo() {
        assertThat(clean("safe<IFRAME SRC=\"https://x.example/\"> description</IFRAME>"))
                .isEqualTo("safe description");
    }

    @Test
    void parsedTreesGetTheSameTreatment() {
        Document doc = Jsoup.parse("<div id=body><p>Clip:<iframe src=\"/embed\"> <b>fallback</b></iframe></p>"
                + "<template><p>hidden</p></template></div>");

        assertThat(HtmlSanitizer.sanitize(doc.getElementById("body"), BASE)).isEqualTo("<p>Clip: fallback</p>");
    }
}
