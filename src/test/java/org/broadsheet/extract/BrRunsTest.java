package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class BrRunsTest {
    private static Element rewritten(String html) {
        Document doc = Jsoup.parse(html);
        BrRuns.toParagraphs(PageIndex.of(doc).bodyBreaks());
        return doc.body();
    }

    private static boolean followedByAnotherBreak(Element br) {
        Node next = br.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next instanceof Element e && e.nameIs("br");
    }

    @Test
    void turnsRunsOfBreaksIntoParagraphsAndKeepsSingleBreaks() {
        Element body = rewritten("<div>One <b>bold</b><br> <br>Two<br>line<br><br><br>Three</div>");
        assertThat(body.select("div > p").eachText()).containsExactly("One bold", "Two line", "Three");
        assertThat(body.select("p br")).hasSize(1);
        assertThat(body.select("div > br")).isEmpty();
    }

    @Test
    void makesAParagraphThatHeldARunIntoADivOfParagraphs() {
        Element body = rewritten("<p>First part<br><br>Second part</p>");
        assertThat(body.select("p p")).isEmpty();
        assertThat(body.child(0).normalName()).isEqualTo("div");
        assertThat(body.select("div > p").eachText()).containsExactly("First part", "Second part");
    }

    @Test
    void leavesBlocksBetweenRunsWhereTheyAre() {
        Element body = rewritten("<div>Before<br><br><blockquote>Quoted</blockquote>After<br><br></div>");
        assertThat(body.child(0).children().stream().map(Element::normalName)).containsExactly("p", "blockquote", "p");
    }

    @Test
    void leavesPreformattedTextAndLoneBreaksAlone() {
        Element pre = rewritten("<pre>a<br><br>b</pre>");
        assertThat(pre.select("pre br")).hasSize(2);
        Element lone = rewritten("<p>Line one<br>Line two</p>");
        assertThat(lone.select("p")).hasSize(1);
        assertThat(lone.select("p > br")).hasSize(1);
    }

    @Test
    void extractsAPageWithoutParagraphTagsAsParagraphs() throws Exception {
        byte[] page = Files.readAllBytes(Path.of("src", "test", "resources", "extract", "br-runs.html"));
        ExtractedArticle article =
                new ArticleExtractor().extract(page, null, URI.create("https://www.example.com/articles/br-runs"));
        Element html = Jsoup.parseBodyFragment(article.html()).body();
        assertThat(html.select("br")).noneMatch(BrRunsTest::followedByAnotherBreak);
        assertThat(html.select("p")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(html.select("blockquote")).hasSize(1);
        assertThat(article.text().split("\n\n")).hasSize(6);
    }
}
