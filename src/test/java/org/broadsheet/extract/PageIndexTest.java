package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/** The index must hold exactly what the CSS selections it replaces would find, in the same order. */
class PageIndexTest {
    @Property(tries = 300)
    void findsWhatTheSelectionsFind(@ForAll("pages") String html) {
        assertAgreesWithSelections(Jsoup.parse(html, "https://news.example/a"));
    }

    @Example
    void findsWhatTheSelectionsFindOnTheFixtureAndCorpusPages() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "extract"))) {
            files.filter(f -> f.toString().endsWith(".html")).forEach(pages::add);
        }
        if (Files.isDirectory(ReadabilityCorpus.DIR)) {
            try (Stream<Path> dirs = Files.list(ReadabilityCorpus.DIR)) {
                dirs.map(d -> d.resolve("source.html"))
                        .filter(Files::isRegularFile)
                        .forEach(pages::add);
            }
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            assertAgreesWithSelections(Jsoup.parse(page.toFile(), null, "https://news.example/a"));
        }
    }

    @Example
    void keepsTheBreaksOfTheBodyOnly() {
        Document doc = Jsoup.parse("<head><template><br><br></template></head><body><p>a<br><br>b</p></body>");
        assertThat(doc.head().select("br")).hasSize(2);
        assertThat(PageIndex.of(doc).bodyBreaks())
                .containsExactlyElementsOf(doc.body().getElementsByTag("br"));
        assertThat(PageIndex.of(doc).bodyBreaks()).hasSize(2);
    }

    @Example
    void walksADocumentWithoutBodyAfterJsoupGivesItOne() {
        Document doc = new Document("https://news.example/a");
        PageIndex index = PageIndex.of(doc);
        assertThat(index.html()).isNotNull();
        assertThat(index.elements()).extracting(Element::normalName).containsExactly("html", "body");
    }

    private static void assertAgreesWithSelections(Document doc) {
        PageIndex index = PageIndex.of(doc);
        assertThat(index.elements())
                .containsExactlyElementsOf(
                        doc.getAllElements().subList(1, doc.getAllElements().size()));
        assertThat(index.noscripts()).containsExactlyElementsOf(doc.select("noscript"));
        assertThat(index.bodyBreaks()).containsExactlyElementsOf(doc.body().getElementsByTag("br"));
        assertThat(index.html()).isSameAs(doc.selectFirst("html"));
        assertThat(index.firstH1()).isSameAs(doc.selectFirst("h1"));
        assertThat(matching(index, index.metas(), "meta[content]"))
                .containsExactlyElementsOf(doc.select("meta[content]"));
        for (String query : List.of("link[rel=image_src]", "link[rel~=(?i)^canonical$]")) {
            assertThat(matching(index, index.links(), query)).containsExactlyElementsOf(doc.select(query));
        }
        for (String query : List.of("script[type~=(?i)application/ld\\+json]", "script[type=application/ld+json]")) {
            assertThat(matching(index, index.scripts(), query)).containsExactlyElementsOf(doc.select(query));
        }
    }

    private static List<Element> matching(PageIndex index, List<Element> candidates, String query) {
        Evaluator evaluator = Queries.of(query);
        return candidates.stream()
                .filter(el -> evaluator.matches(index.document(), el))
                .toList();
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "<html lang=en>",
                        "<head>",
                        "</head>",
                        "<body>",
                        "</body>",
                        "</html>",
                        "<div>",
                        "</div>",
                        "<p>",
                        "</p>",
                        "<br>",
                        "<br/>",
                        "<BR>",
                        "<h1>",
                        "</h1>",
                        "<H1 class=x>",
                        "<meta property=og:title content=T>",
                        "<meta name=description>",
                        "<META NAME=author CONTENT=\"A B\">",
                        "<link rel=canonical href=/c>",
                        "<link rel=\"Canonical\" href=/d>",
                        "<link rel=image_src href=/i.jpg>",
                        "<script type=application/ld+json>{}</script>",
                        "<script type=\"Application/LD+JSON\">{}</script>",
                        "<script>var a = '<br>';</script>",
                        "<noscript>",
                        "</noscript>",
                        "<noscript><img src=n.jpg></noscript>",
                        "<template>",
                        "</template>",
                        "<svg>",
                        "</svg>",
                        "<svg><h1>x</h1><script>1</script><br></svg>",
                        "<math><mi>",
                        "<frameset>",
                        "<table><tr><td>",
                        "</td></tr></table>",
                        "<title>T</title>",
                        "<!--",
                        "-->",
                        "<"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(w -> w + " "));
        return token.list().ofMaxSize(80).map(tokens -> String.join("", tokens));
    }
}
