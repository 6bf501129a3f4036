package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContentRuleTest {
    private static final URI URL = URI.create("https://news.example/a");
    private static final String PAGE = "<html><body><div class=story><p>The short story the operator wants.</p>"
            + "<p>Its second paragraph, with an <img data-src=/pic.jpg src=data:image/gif;base64,R0lGOD>.</p></div>"
            + "<div class=column><p>" + "A long related piece, with commas, that detection prefers. ".repeat(40)
            + "</p></div></body></html>";

    private final ArticleExtractor extractor = new ArticleExtractor(Duration.ofSeconds(60));

    @Test
    void matchedElementsOverrideContentDetection() throws ExtractionException {
        assertThat(extractor.extract(PAGE, URL).text()).contains("related piece");
        ExtractedArticle ruled = extractor.extract(PAGE, URL, new ContentRule("div.story"));
        assertThat(ruled.text()).startsWith("The short story").doesNotContain("related piece");
        assertThat(ruled.html()).contains("The short story").doesNotContain("related piece");
    }

    @Test
    void fallsBackToDetectionWhenTheRuleMatchesNothing() throws ExtractionException {
        ExtractedArticle article = extractor.extract(PAGE, URL, new ContentRule("main .gone"));
        assertThat(article.text()).contains("related piece");
    }

    @Test
    void rejectsBlankOverlongAndInvalidSelectorsWithAReason() {
        assertThat(ContentRule.problem("  ")).contains("the selector is empty");
        assertThat(ContentRule.problem("p".repeat(501))).get().asString().contains("longer than 500");
        assertThat(ContentRule.problem("div >> [")).get().asString().startsWith("not a valid CSS selector");
        assertThat(ContentRule.problem("article .body, #main > p")).isEmpty();
        assertThatThrownBy(() -> new ContentRule("a[")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ContentRule("  article .body ").selector()).isEqualTo("article .body");
    }
}
