package org.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the parser's JSON for each fixture in {@code src/test/resources/feed/} with its {@code .expected.json};
 * run with {@code -Dbroadsheet.regenerate=true} to rewrite the expectations (see the README there).
 */
class FeedGoldenTest {
    static final Path FIXTURES = Path.of("src/test/resources/feed");
    private static final boolean REGENERATE = Boolean.getBoolean("broadsheet.regenerate");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            // Sub-folders (opml/) hold other golden pairs with tests of their own.
            return files
                    .filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".expected.json") && !name.equals("README.md"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void parsesFixtureAsExpected(String name) throws IOException {
        byte[] body = Files.readAllBytes(FIXTURES.resolve(name));
        URI baseUrl = URI.create("https://example.org/feeds/" + name);
        String actual = FeedJson.toPrettyString(parseToTree(body, baseUrl)) + "\n";
        Path expectedFile = FIXTURES.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        if (REGENERATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile)
                .as("expectation for %s; run the tests with -Dbroadsheet.regenerate=true to write it", name)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    static ObjectNode parseToTree(byte[] body, URI baseUrl) {
        try {
            ParsedFeed parsed = new FeedParser().parse(body, null, baseUrl);
            ObjectNode tree = FeedJson.toTree(parsed);
            ArrayNode warnings = tree.putArray("warnings");
            parsed.warnings().forEach(warnings::add);
            return tree;
        } catch (FeedParseException e) {
            return FeedJson.errorTree(e);
        }
    }
}
