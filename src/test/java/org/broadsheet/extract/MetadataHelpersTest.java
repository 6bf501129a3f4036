package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataHelpersTest {
    @ParameterizedTest
    @CsvSource({"en-GB,en", "de_DE,de", "FR,fr", "deu,de", "eng,en", "ger,de", "zh-Hant-TW,zh"})
    void normalisesLanguageTagsToIso6391(String tag, String code) {
        assertThat(LanguageCodes.normalize(tag)).isEqualTo(code);
    }

    @Test
    void rejectsWhatIsNoLanguage() {
        assertThat(LanguageCodes.normalize("")).isNull();
        assertThat(LanguageCodes.normalize("x")).isNull();
        assertThat(LanguageCodes.normalize("english")).isNull();
    }

    @Test
    void stripsTheKnownSiteNameFromEitherEnd() {
        assertThat(TitleCleaner.clean("Storm hits coast | The Ledger", "The Ledger"))
                .isEqualTo("Storm hits coast");
        assertThat(TitleCleaner.clean("The Ledger - Storm hits coast", "the ledger"))
                .isEqualTo("Storm hits coast");
    }

    @Test
    void stripsAShortTailWhenTheSiteNameIsUnknown() {
        assertThat(TitleCleaner.clean("Comet visible in October - Skyward", null))
                .isEqualTo("Comet visible in October");
        assertThat(TitleCleaner.clean("Yes - No", null)).isEqualTo("Yes - No");
        assertThat(TitleCleaner.clean("  Many\n spaces  ", null)).isEqualTo("Many spaces");
    }

    @Test
    void keepsAConfirmedHeadlineWholeEvenWithADashedTail() {
        String headline = "Brandgefahr: Vantora ruft E-Bike-Akkus zurück – auch in Deutschland";
        assertThat(TitleCleaner.clean(headline, "Rheinblick", false)).isEqualTo(headline);
        assertThat(TitleCleaner.clean(headline + " | Rheinblick", "Rheinblick", false))
                .isEqualTo(headline);
    }

    @Test
    void picksTheWidestSrcsetCandidate() {
        assertThat(LazyImages.largestInSrcset("a.jpg 400w, b.jpg 1200w, c.jpg 800w"))
                .isEqualTo("b.jpg");
        assertThat(LazyImages.largestInSrcset("a.jpg 1x, b.jpg 2x")).isEqualTo("b.jpg");
        assertThat(LazyImages.largestInSrcset("only.jpg")).isEqualTo("only.jpg");
        assertThat(LazyImages.largestInSrcset("")).isEmpty();
    }

    @Test
    void cutsExcerptsAtAWordBoundary() {
        String longText = "word ".repeat(100).strip();
        String excerpt = Excerpt.cut(longText, 300);
        assertThat(excerpt).endsWith("word…").hasSizeLessThanOrEqualTo(301);
        assertThat(Excerpt.cut("short", 300)).isEqualTo("short");
    }

    @Test
    void excerptIsTheWholeDescriptionElseTheFirstParagraphOfThreeWordsOrMore() {
        String longDescription = "A description of some length. ".repeat(15).strip();
        assertThat(Excerpt.of(longDescription, "First paragraph here.", "text")).isEqualTo(longDescription);
        Element body = Jsoup.parse("<p>Contents</p><figure><p>A caption of four words</p></figure>"
                        + "<p>Lorem ipsum dolor sit amet.</p><p>Second paragraph of the article.</p>")
                .body();
        assertThat(Excerpt.firstParagraph(body)).isEqualTo("Lorem ipsum dolor sit amet.");
        assertThat(Excerpt.of(" ", Excerpt.firstParagraph(body), "text")).isEqualTo("Lorem ipsum dolor sit amet.");
        assertThat(Excerpt.of(null, null, "Short\n\nA first paragraph of the text that is long enough."))
                .isEqualTo("A first paragraph of the text that is long enough.");
        assertThat(Excerpt.of(null, null, "w ".repeat(5_000))).hasSizeLessThanOrEqualTo(Excerpt.MAX_LENGTH + 1);
    }
}
