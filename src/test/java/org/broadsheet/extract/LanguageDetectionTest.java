package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {
    private static final String GERMAN = "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die neue"
            + " Hafenmauer zu bauen. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, während der"
            + " Fischmarkt vorübergehend in die alte Seilerei umzieht. ";
    private static final String FRENCH = "Le conseil municipal a voté mardi soir, après un long débat, la construction"
            + " d'une nouvelle digue. Les travaux doivent commencer au printemps et durer deux ans, pendant lesquels"
            + " le marché aux poissons déménagera. ";
    private static final String ENGLISH = "The town council voted on Tuesday evening to fund a new harbour wall,"
            + " ending a debate that has run for most of the decade. Work is expected to begin in the spring. ";

    private final ArticleExtractor extractor = new ArticleExtractor(Duration.ofSeconds(60));

    @Test
    void detectsTheLanguageOfTheTextAsAnIso6391Code() {
        assertThat(LanguageDetection.detect(GERMAN).code()).isEqualTo("de");
        assertThat(LanguageDetection.detect(FRENCH).code()).isEqualTo("fr");
        assertThat(LanguageDetection.detect(ENGLISH).code()).isEqualTo("en");
        assertThat(LanguageDetection.detect("Too short to tell.")).isNull();
    }

    @Test
    void fillsInTheLanguageWhenThePageDeclaresNone() throws ExtractionException {
        assertThat(extract("<html>", GERMAN).language()).isEqualTo("de");
    }

    @Test
    void prefersAConfidentDetectionOverAContradictingDeclaration() throws ExtractionException {
        // Templates often declare the site's default language on every page, whatever the article's own.
        assertThat(extract("<html lang=en>", FRENCH.repeat(2)).language()).isEqualTo("fr");
    }

    @Test
    void keepsTheDeclarationWhenTheTextIsTooShortToJudge() throws ExtractionException {
        assertThat(extract("<html lang=nl>", "Kort bericht.").language()).isEqualTo("nl");
    }

    @Test
    void keepsAnAgreeingDeclaration() throws ExtractionException {
        assertThat(extract("<html lang=de-AT>", GERMAN).language()).isEqualTo("de");
    }

    private ExtractedArticle extract(String htmlTag, String text) throws ExtractionException {
        return extractor.extract(
                htmlTag + "<body><article><p>" + text + "</p></article></body></html>",
                URI.create("https://news.example/a"));
    }
}
