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
