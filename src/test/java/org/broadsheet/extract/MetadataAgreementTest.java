package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataAgreementTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ExtractedArticle article(String title, String byline, String excerpt, String published) {
        return new ExtractedArticle(
                title,
                byline,
                null,
                Instant.parse(published),
                "en",
                null,
                excerpt,
                "text",
                "<p>text</p>",
                null,
                PaywallSign.NONE);
    }

    @Test
    void agreesOnValuesEqualOnceWhitespaceIsCollapsedAndOnTimesToTheSecond() {
        assertThat(MetadataAgreement.agrees("byline", "By\n\t\tJane  Doe", "By Jane Doe"))
                .isTrue();
        assertThat(MetadataAgreement.agrees("byline", "By Jane Doe", "Jane Doe"))
                .isFalse();
        assertThat(MetadataAgreement.agrees("excerpt", "Text", null)).isFalse();
        assertThat(MetadataAgreement.agrees("publishedTime", "2017-11-24T18:42:20.314667", "2017-11-24T18:42:20Z"))
                .isTrue();
        assertThat(MetadataAgreement.agrees("publishedTime", "2018-04-05T06:00+02:00", "2018-04-05T06:00:00Z"))
                .isFalse();
    }

    @Test
    void countsOnlyTheCasesThatExpectAValue() throws Exception {
        JsonNode expected = JSON.readTree(
                "{\"title\":\"Storm\",\"byline\":null,\"excerpt\":\"  \",\"publishedTime\":\"2024-05-14T07:45:00Z\"}");
        MetadataAgreement agreement = new MetadataAgreement();
        agreement.add("one", article("Storm", "Jane", "Words", "2024-05-14T07:45:00Z"), expected);
        agreement.add("two", article("Calm", "Jane", "Words", "2024-05-14T07:45:00Z"), expected);
        agreement.add("three", null, expected);

        assertThat(agreement.fields())
                .extracting(MetadataAgreement.Field::field)
                .containsExactly("title", "byline", "excerpt", "publishedTime");
        MetadataAgreement.Field title = agreement.fields().getFirst();
        assertThat(title.agreed()).isEqualTo(1);
        assertThat(title.compared()).isEqualTo(3);
        assertThat(title.misses())
                .containsExactly("two: expected «Storm» got «Calm»", "three: expected «Storm» got «nothing»");
        assertThat(agreement.fields().get(1).compared()).isZero();
        assertThat(agreement.fields().get(1).share()).isEqualTo(1.0);
        assertThat(agreement.table()).contains("| title | 1 | 3 | 0.333 |", "| publishedTime | 2 | 3 | 0.667 |");
        assertThat(agreement.table()).contains("| byline | 0 | 0 | - |", "| excerpt | 0 | 0 | - |");
    }
}
