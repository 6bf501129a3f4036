package org.broadsheet.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tree entry point feeds the policy events instead of a serialisation; it must give what the string entry point
 * gives for the same HTML, whitespace aside.
 */
class TreeEventsTest {
    private static final URI BASE = URI.create("https://news.example.com/2024/story.html");

    static Stream<String> inputs() {
        return Stream.concat(
                HtmlSanitizerTest.payloads(),
                Stream.of(
                        "<p>Intro with <em>emphasis</em>,\n   <a href=\"../source\">a source</a> &amp; &lt;tags&gt;.</p>",
                        "<figure><img src=\"/p.jpg\" alt=\"A &quot;photo&quot;\"><figcaption>Cap</figcaption></figure>",
                        "<h1>Title</h1><table><tr><td colspan=2>x</td></tr></table><br><hr>",
                        "<pre>  two  spaces\n    indented</pre><p>a\u00a0b</p>",
                        "<p>one<p>two<div>three</div><blockquote cite=\"/q\">q</blockquote>",
                        "<object data=\"x\"><p>Fallback <b>text</b></p></object><iframe>&lt;b&gt;raw</iframe>",
                        "<ul><li>a<li>b</ul><span title=\"t\u2028\">u</span><time datetime=\"2024-01-01\">d</time>"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("inputs")
    void givesTheStringEntryPointsResultWhitespaceAside(String html) {
        String fromString = HtmlSanitizer.sanitize(html, BASE);
        Document doc = Jsoup.parseBodyFragment(html, BASE.toString());

        String fromTree = HtmlSanitizer.sanitize(doc.body(), BASE);

        assertThat(withoutWhitespace(fromTree)).isEqualTo(withoutWhitespace(fromString));
    }

    @Test
    void collapsesWhitespaceRunsOutsidePre() {
        Document doc = Jsoup.parseBodyFragment("<p>a  b\n\t  c</p><pre> x\n\n  y</pre><p>\u00a0 d</p>");

        assertThat(HtmlSanitizer.sanitize(doc.body(), BASE))
                .isEqualTo("<p>a b\nc</p><pre> x\n\n  y</pre><p>\u00a0 d</p>");
    }

    @Test
    void collapsedLeavesTextWithoutRunsAsItIs() {
        String text = "one two\nthree";

        assertThat(TreeEvents.collapsed(text)).isSameAs(text);
        assertThat(TreeEvents.collapsed("\t")).isEqualTo(" ");
        assertThat(TreeEvents.collapsed(" \r\n ")).isEqualTo("\n");
    }

    private static String withoutWhitespace(String html) {
        return html.replaceAll("\\s+", "");
    }
}
