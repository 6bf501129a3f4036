package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonLdTest {
    /** The pattern the CDATA wrapper used to be removed with: the hand-written removal must give the same. */
    private static final Pattern CDATA = Pattern.compile("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$");

    @Property(tries = 3000)
    void removesTheCdataWrapperAsThePatternDid(@ForAll("scripts") String data) {
        assertThat(JsonLd.withoutCdata(data)).isEqualTo(CDATA.matcher(data).replaceAll(""));
    }

    @Example
    void removesTheWrapperAndKeepsEverythingElse() {
        assertThat(JsonLd.withoutCdata("\n//<![CDATA[\n{\"a\":1}\n//]]>\n")).isEqualTo("\n//<![CDATA[\n{\"a\":1}\n//");
        assertThat(JsonLd.withoutCdata(" <![CDATA[{\"a\":[[1]]}]]> ")).isEqualTo("{\"a\":[[1]]}");
        assertThat(JsonLd.withoutCdata("{\"a\":\"]]>\"}")).isEqualTo("{\"a\":\"]]>\"}");
        assertThat(JsonLd.withoutCdata("{}]]>\u2028")).isEqualTo("{}\u2028");
        assertThat(JsonLd.withoutCdata("{}")).isEqualTo("{}");
    }

    @Example
    void titlesTheArticleWithItsNameOnlyWhenTheNameResemblesThePageTitleMore() {
        JsonLd.Article wiki = article("constitutional monarchy in Oceania", "New Zealand");
        assertThat(wiki.title("New Zealand - Wikipedia")).isEqualTo("New Zealand");
        assertThat(wiki.title("Some other page")).isEqualTo("constitutional monarchy in Oceania");
        JsonLd.Article news = article("Storm Ilse closes the harbour", "Storm Ilse");
        assertThat(news.title("Storm Ilse closes the harbour | The Courier"))
                .isEqualTo("Storm Ilse closes the harbour");
        assertThat(article(null, "Only a name").title("x")).isEqualTo("Only a name");
        assertThat(article("Only a headline", null).title("x")).isEqualTo("Only a headline");
        // A site's own name in "name" and a page title that is neither: the headline.
        JsonLd.Article site = new JsonLd.Article(
                "West Ham threatens the giants", "Aktuálně.cz", null, null, null, "Aktuálně.cz", null, null);
        assertThat(site.title("")).isEqualTo("West Ham threatens the giants");
        assertThat(site.title("Another story today | Aktuálně.cz")).isEqualTo("West Ham threatens the giants");
        assertThat(JsonLd.Article.similarity("New Zealand", "New Zealand - Wikipedia"))
                .isCloseTo(1 - 9.0 / 21, org.assertj.core.api.Assertions.within(1e-9));
    }

    private static JsonLd.Article article(String headline, String name) {
        return new JsonLd.Article(headline, name, null, null, null, null, null, null);
    }

    @Provide
    Arbitrary<String> scripts() {
        return Arbitraries.of(
                        " ",
                        "\n",
                        "\r",
                        "\r\n",
                        "\t",
                        "\u000B",
                        "\u0085",
                        "\u2028",
                        "\u2029",
                        "<![CDATA[",
                        "]]>",
                        "]",
                        "]]",
                        ">",
                        "<!",
                        "{\"a\":1}",
                        "x",
                        "//")
                .list()
                .ofMaxSize(10)
                .map(pieces -> String.join("", pieces));
    }
}
