package org.broadsheet.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property(tries = 2000)
    void collapsesEachRunToOneCharacter(@ForAll("spacedTexts") String text) {
        Matcher runs = Pattern.compile("[ \t\n\f\r]+").matcher(text);
        String expected = runs.replaceAll(run -> run.group().indexOf('\n') >= 0 ? "\n" : " ");

        assertThat(TreeEvents.collapsed(text)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> spacedTexts() {
        return Arbitraries.strings().withChars("ab, \t\n\f\r\u00a0\u000b\u2028").ofMaxLength(20);
    }

    /**
     * The tree walk gives the policy only the attributes in {@link HtmlSanitizer#POLICY_ATTRIBUTES}; the string entry
     * point gives it all, so what that keeps of many attributes on every element shows the list is complete.
     */
    @Test
    void policyKeepsNoAttributeOutsideTheWalksList() {
        List<String> elements = List.of(
                "p",
                "br",
                "hr",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "ul",
                "ol",
                "li",
                "dl",
                "dt",
                "dd",
                "blockquote",
                "pre",
                "code",
                "em",
                "strong",
                "b",
                "i",
                "u",
                "s",
                "sub",
                "sup",
                "small",
                "mark",
                "q",
                "cite",
                "abbr",
                "time",
                "figure",
                "figcaption",
                "img",
                "picture",
                "source",
                "a",
                "table",
                "thead",
                "tbody",
                "tfoot",
                "tr",
                "th",
                "td",
                "caption",
                "span",
                "div",
                "section",
                "article",
                "video",
                "audio",
                "font",
                "area");
        List<String> attributes = new ArrayList<>(HtmlSanitizer.POLICY_ATTRIBUTES);
        attributes.addAll(List.of(
                "class",
                "id",
                "style",
                "lang",
                "dir",
                "rel",
                "target",
                "name",
                "type",
                "value",
                "srcset",
                "sizes",
                "loading",
                "role",
                "aria-label",
                "data-src",
                "onclick",
                "onerror",
                "xmlns",
                "align",
                "border",
                "summary",
                "headers",
                "abbr",
                "span",
                "start",
                "reversed",
                "poster",
                "controls",
                "longdesc",
                "usemap",
                "hreflang",
                "download",
                "ping",
                "media",
                "color",
                "face",
                "size",
                "nowrap",
                "valign",
                "bgcolor",
                "tabindex",
                "accesskey",
                "translate",
                "itemprop",
                "content",
                "datetime",
                "open",
                "label"));
        Set<String> kept = new TreeSet<>();
        for (String element : elements) {
            // Table parts are kept only inside a table.
            String context = switch (element) {
                case "td", "th" -> "<table><tr>";
                case "tr", "thead", "tbody", "tfoot", "caption" -> "<table>";
                default -> "";
            };
            StringBuilder html = new StringBuilder(context).append('<').append(element);
            for (String attribute : attributes) {
                html.append(' ')
                        .append(attribute)
                        .append("=\"https://example.com/")
                        .append(attribute)
                        .append('"');
            }
            html.append(">text</").append(element).append('>');
            Document out = Jsoup.parseBodyFragment(HtmlSanitizer.sanitize(html.toString(), BASE));
            out.body().getAllElements().forEach(el -> el.attributes().forEach(a -> kept.add(a.getKey())));
        }
        kept.remove("rel"); // added by the policy to links, not kept from the input

        assertThat(kept).containsExactlyInAnyOrderElementsOf(HtmlSanitizer.POLICY_ATTRIBUTES);
    }

    private static String withoutWhitespace(String html) {
        return html.replaceAll("\\s+", "");
    }
}
