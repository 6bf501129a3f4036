package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written walks and measures that replaced jsoup queries and regular expressions on the extraction's hot
 * paths give what those gave.
 */
class WalksAndMeasuresTest {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/extract"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void descendantsAreWhatSelectGives(Path page) throws IOException {
        // Some pages are not UTF-8; the structure is all that matters here.
        Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.ISO_8859_1), "https://example.com/");

        assertThat(Descendants.all(doc)).containsExactlyElementsOf(doc.select("*"));
        assertThat(Descendants.all(doc.body()))
                .containsExactlyElementsOf(doc.body().getAllElements());
        assertThat(Descendants.named(doc.body(), Set.of("p", "div")))
                .containsExactlyElementsOf(doc.body().select("p, div"));
        for (Element el : doc.body().children()) {
            assertThat(Descendants.all(el)).containsExactlyElementsOf(el.select("*"));
        }
    }

    @Property(tries = 3000)
    void normalisesAsTheRegularExpressionDoes(@ForAll("texts") String text) {
        String expected = NOT_LETTER_OR_DIGIT
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();

        assertThat(ContentPolisher.normalise(text)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void measuresTextAsTwoSeparatePassesDo(@ForAll("texts") String text) {
        TextStats stats = TextStats.of(text);

        assertThat(stats.length()).isEqualTo(normalisedLength(text));
        assertThat(stats.commas()).isEqualTo(commas(text));
    }

    /** Text of letters, digits, punctuation, whitespace of all kinds, commas of several scripts, and any character. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        " ",
                        "  ",
                        "\t",
                        "\n",
                        "\u00A0",
                        "\u2003",
                        "\u3000",
                        ",",
                        "\u060C",
                        "\uFE50",
                        "\uFF0C",
                        "\u3001",
                        "İ",
                        "ß",
                        "Ⅻ",
                        "²",
                        "١٢",
                        "\uD83D\uDE00",
                        "\uD800",
                        "\uDC00",
                        "-",
                        "’",
                        "\u0301",
                        "\u007F"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(6),
                Arbitraries.strings().all().ofMaxLength(3));
        return piece.list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    /** The length measure as it was: whitespace runs, no-break spaces included, count as one character. */
    private static int normalisedLength(String s) {
        int len = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
            if (!ws || !space) {
                len++;
            }
            space = ws;
        }
        return len;
    }

    private static int commas(String s) {
        return (int) s.chars()
                .filter(c -> c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFF0C' || c == '\u3001')
                .count();
    }
}
