package org.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document under {@code src/test/resources/feed/opml/} against its {@code .expected.txt}: one line per feed
 * read ({@code category | name | xmlUrl | htmlUrl | language}, {@code -} for none), or the error code. Run with
 * {@code -Dbroadsheet.regenerate=true} to rewrite the expectations (see the README there).
 */
class OpmlGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/feed/opml");
    private static final boolean REGENERATE = Boolean.getBoolean("broadsheet.regenerate");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".expected.txt") && !n.equals("README.md"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsEachFixtureAsExpected(String name) throws IOException {
        String actual = describe(Files.readAllBytes(DIR.resolve(name)));
        Path expectedFile = DIR.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.txt");
        if (REGENERATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile)
                .as("expectation for %s; run the tests with -Dbroadsheet.regenerate=true to write it", name)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    static String describe(byte[] document) {
        List<OpmlOutline> outlines;
        try {
            outlines = Opml.read(document);
        } catch (OpmlException e) {
            return "error " + e.code() + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (OpmlOutline o : outlines) {
            out.append(String.join(
                            " | ",
                            orDash(o.category()),
                            o.name(),
                            o.xmlUrl(),
                            orDash(o.htmlUrl()),
                            orDash(o.language())))
                    .append('\n');
        }
        return out.toString();
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "-" : value;
    }
}
