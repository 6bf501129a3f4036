package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pairs: each {@code name.html} under {@code src/test/resources/extract/} is extracted and compared with
 * {@code name.expected.json}. Run with {@code -Dbroadsheet.regenerate=true} to rewrite the expectations, then review
 * the diff.
 */
class ExtractGoldenPagesTest {
    private static final Path DIR = Path.of("src", "test", "resources", "extract");
    private static final boolean REGENERATE = Boolean.getBoolean("broadsheet.regenerate");
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsWhatTheGoldenFileExpects(String name) throws IOException, ExtractionException {
        byte[] html = Files.readAllBytes(DIR.resolve(name + ".html"));
        URI url = URI.create("https://www.example.com/articles/" + name);
        ExtractedArticle article = new ArticleExtractor().extract(html, null, url);
        String actual = JSON.writeValueAsString(summary(article)) + "\n";
        Path expectedFile = DIR.resolve(name + ".expected.json");
        if (REGENERATE) {
            Files.writeString(expectedFile, actual);
        }
        assertThat(expectedFile)
                .as("golden file for %s (run with -Dbroadsheet.regenerate=true)", name)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile));
    }

    private static Map<String, @Nullable Object> summary(ExtractedArticle a) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        map.put("title", a.title());
        map.put("byline", a.byline());
        map.put("siteName", a.siteName());
        map.put("published", a.published() == null ? null : a.published().toString());
        map.put("language", a.language());
        map.put("image", a.image() == null ? null : a.image().toString());
        map.put(
                "canonicalUrl",
                a.canonicalUrl() == null ? null : a.canonicalUrl().toString());
        map.put("excerpt", a.excerpt());
        map.put("wordCount", a.wordCount());
        List<String> images = Jsoup.parseBodyFragment(a.html()).select("img").stream()
                .map(img -> img.attr("src"))
                .toList();
        map.put("images", images);
        map.put("text", a.text());
        return map;
    }
}
