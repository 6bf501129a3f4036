package org.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the parser's JSON for each fixture in {@code src/test/resources/feed/} with its {@code .expected.json};
 * run with {@code -Dbroadsheet.regenerate=true} to rewrite the expectations (see the README there).
 */
class FeedGoldenTest {
    static final Path FIXTURES = Path.of("src/test/resources/feed");
    private static final Pattern REL = Pattern.compile("rel=\\\\\"([a-z ]+)\\\\\"");
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
        String actual = withSortedRels(FeedJson.toPrettyString(parseToTree(body, baseUrl)) + "\n");
        Path expectedFile = FIXTURES.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        if (REGENERATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile)
                .as("expectation for %s; run the tests with -Dbroadsheet.regenerate=true to write it", name)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    /** The sanitiser writes the tokens of {@code rel} in an order that changes from run to run: sort them. */
    private static String withSortedRels(String json) {
        return REL.matcher(json).replaceAll(m -> {
            String[] tokens = m.group(1).split(" ");
            Arrays.sort(tokens);
            return Matcher.quoteReplacement("rel=\\\"" + String.join(" ", tokens) + "\\\"");
        });
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
