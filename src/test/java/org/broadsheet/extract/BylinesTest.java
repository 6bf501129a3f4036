package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BylinesTest {
    private static final URI URL = URI.create("https://news.example/2024/05/story");

    private static PageMetadata read(String html) {
        Document doc = Jsoup.parse(html, URL.toString());
        return MetadataReader.read(PageIndex.of(doc));
    }

    @Test
    void joinsTheNamesOfJsonLdAuthorObjects() {
        String html = """
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"H",
                 "author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":" Jennifer Jett "},
                           {"@type":"Person","url":"https://news.example/staff/x"}]}
                </script><p>Text</p>""";
        assertThat(read(html).byline()).isEqualTo("Stella Kim, Jennifer Jett");
    }

    @Test
    void readsJsonLdWrappedInCdata() {
        String html = """
                <script type="application/ld+json">
                <![CDATA[ {"@context":"http://schema.org","@type":"Article","headline":"H",
                 "datePublished":"2018-04-05T06:00","author":[{"@type":"Person","name":"Daniel Gillmor"}]} ]]>
                </script><p>Text</p>""";
        PageMetadata meta = read(html);
        assertThat(meta.byline()).isEqualTo("Daniel Gillmor");
        assertThat(meta.published()).hasToString("2018-04-05T06:00:00Z");
    }

    @Test
    void takesDublinCoreAndParselyAuthorsButNotProfileAddresses() {
        assertThat(read("<meta name='DC.creator' content='Mac &amp; i'>").byline())
                .isEqualTo("Mac & i");
        assertThat(read("<meta name='parsely-author' content='Jane Doe'>").byline())
                .isEqualTo("Jane Doe");
        assertThat(read("<meta property='article:author' content='https://facebook.com/jane'>"
                                + "<p class='byline'>By Jane Doe</p>")
                        .byline())
                .isEqualTo("Jane Doe");
    }

    @Test
    void findsTheMarkupsBylineByItempropAndClass() {
        assertThat(read("<p itemprop='author creator'>By <span itemprop='name'>Corey Kilgannon</span></p>")
                        .byline())
                .isEqualTo("Corey Kilgannon");
        assertThat(read("<div class='article__author'>By Scott Cunningham</div>")
                        .byline())
                .isEqualTo("Scott Cunningham");
        assertThat(read("<div class='FeatureByline'>By Nathan Willis<br>March 25, 2015</div>")
                        .byline())
                .isEqualTo("Nathan Willis");
        assertThat(read("<span class='byline'>James Akinaka • 8h</span>").byline())
                .isEqualTo("James Akinaka");
    }

    @Test
    void skipsAuthorBoxesThatAreNotTheByline() {
        String html = """
                <div id="authorization">Sign in</div>
                <div class="followauthor">Follow author</div>
                <button class="follow-author">Follow Author</button>
                <div class="comments"><div class="byline">J J</div></div>
                <div class="byline" style="display:none">Hidden Name</div>
                <span class="dateline">Last updated: January 7, 2025</span>
                <span class="author-name">Nataliya Vasilyeva</span>""";
        assertThat(read(html).byline()).isEqualTo("Nataliya Vasilyeva");
    }

    @Test
    void prefersThePagesMetadataToItsMarkup() {
        String html = "<meta name='author' content='Meta Name'><span class='byline'>By Markup Name</span>";
        assertThat(read(html).byline()).isEqualTo("Meta Name");
    }

    @Test
    void findsNoBylineWhereThereIsNone() {
        assertThat(read("<p class='author'></p><p>Just text</p>").byline()).isNull();
        assertThat(read("").byline()).isNull();
    }
}
