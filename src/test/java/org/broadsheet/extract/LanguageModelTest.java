package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cheaper features must give the model's probabilities as OpenNLP's own detector does. */
class LanguageModelTest {
    private static final LanguageModel MODEL = LanguageModel.read();
    private static final CharSequenceNormalizer DEFAULT_NORMALISERS = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(),
            UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(),
            NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private static LanguageDetectorME reference;

    @BeforeAll
    static void readReference() throws IOException {
        try (InputStream in = LanguageModelTest.class.getResourceAsStream("/langdetect-183.bin")) {
            reference = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
    }

    @Test
    void givesOpenNlpsProbabilitiesOnHandWrittenTexts() {
        List<String> texts = List.of(
                "The town council voted on Tuesday evening to fund a new harbour wall, see https://example.org/a.",
                "Der Stadtrat hat am Dienstagabend beschlossen, die neue Hafenmauer zu bauen: 12,5 Millionen Euro.",
                "Городской совет во вторник вечером проголосовал за строительство новой стены в гавани.",
                "市議会は火曜日の夜、長い議論の末に港の新しい防波堤の建設を決めました。",
                "İSTANBUL'da ΣΟΦΙΑ and Straße: mixed case, @someone #tag 😀😀😀 loooooong",
                "a",
                "");
        for (String text : texts) {
            assertSameAsReference(text);
        }
    }

    @Test
    void givesOpenNlpsProbabilitiesOnTheReadabilityPages() {
        List<String> compared = new ArrayList<>();
        for (String name : ReadabilityCorpus.caseNames()) {
            String text = ReadabilityCorpus.result(name).article().text();
            assertSameAsReference(text.length() > 600 ? text.substring(0, 600) : text);
            compared.add(name);
        }
        assertThat(compared).hasSizeGreaterThan(100);
    }

    @Property(tries = 2000)
    void normalisesAsOpenNlpsDefaultNormalisers(@ForAll("texts") String text) {
        assertThat(LanguageModel.normalise(text).toString())
                .isEqualTo(DEFAULT_NORMALISERS.normalize(text).toString());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(
                "http://a.example/x?y=1",
                "https",
                "mail@host.example",
                "@user",
                "#tag",
                "rt ",
                "RT: ",
                ":-)",
                "xD",
                "hahaha",
                "jijiji",
                "1234",
                "٣",
                "😀",
                "\uD83C",
                "aaaa",
                "   ",
                "\n\n",
                "x",
                "o",
                "Straße",
                "İ",
                "word",
                " ",
                ".");
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Test
    void featuresAreTheDistinctLowerCasedOneToThreeGrams() {
        assertThat(LanguageModel.features("AbA")).containsExactlyInAnyOrder("a", "b", "ab", "ba", "aba");
    }

    private static void assertSameAsReference(String text) {
        double[] ours = MODEL.probabilities(text);
        Language[] theirs = reference.predictLanguages(text);
        assertThat(theirs).hasSize(ours.length);
        for (Language language : theirs) {
            int index = indexOf(language.getLang(), ours.length);
            assertThat(ours[index])
                    .as(text + ": " + language.getLang())
                    .isCloseTo(language.getConfidence(), within(1e-9));
        }
    }

    private static int indexOf(String language, int count) {
        for (int i = 0; i < count; i++) {
            if (MODEL.language(i).equals(language)) {
                return i;
            }
        }
        throw new AssertionError("no language " + language);
    }
}
