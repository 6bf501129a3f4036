package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTypeTest {
    @Test
    void tellsWhatKindOfAnswerAQuestionWants() {
        assertThat(AnswerType.of("How many workers were injured?")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("What percentage of art is recovered?")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("When did the crane collapse?")).isEqualTo(AnswerType.TIME);
        assertThat(AnswerType.of("Who is the harbour master?")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("What is the name of the ship?")).isEqualTo(AnswerType.NAME);
        assertThat(AnswerType.of("Where did the fire start?")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("Why was the bridge closed?")).isEqualTo(AnswerType.ANY);
    }

    @Test
    void findsNumbersTimesNamesAndPlacesInSentences() {
        assertThat(AnswerType.NUMBER.matches("By nightfall, 28 whales had been refloated."))
                .isTrue();
        assertThat(AnswerType.NUMBER.matches("Dozens of volunteers came.")).isTrue();
        assertThat(AnswerType.NUMBER.matches("Volunteers kept the whales wet.")).isFalse();
        assertThat(AnswerType.TIME.matches("The warning comes into force at 9pm tonight."))
                .isTrue();
        assertThat(AnswerType.TIME.matches("The crane was built in 2009.")).isTrue();
        assertThat(AnswerType.TIME.matches("People are asked to stay indoors.")).isFalse();
        assertThat(AnswerType.NAME.matches("Kofi Mensah rose highest at the back post."))
                .isTrue();
        assertThat(AnswerType.NAME.matches("The plan is funded by the National Transport Authority."))
                .isTrue();
        assertThat(AnswerType.NAME.matches("The Social Democrats came second.")).isTrue();
        assertThat(AnswerType.NAME.matches("The fire started on Friday.")).isFalse();
        assertThat(AnswerType.NAME.matches("It was the defender's first goal.")).isFalse();
        assertThat(AnswerType.PLACE.matches("The fire started near Alcoba.")).isTrue();
        assertThat(AnswerType.PLACE.matches("The fire started on a hill.")).isFalse();
        assertThat(AnswerType.PLACE.matches("Evacuees were housed in Villaseca."))
                .isTrue();
        assertThat(AnswerType.ANY.matches("Anything at all, in London, at 9pm."))
                .isFalse();
    }

    @Test
    void sentencesOpeningWithAPronounCarryTheNamesBeforeThem() {
        var sentences = SentenceSplitter.split("Renewal won the election in Portugal. Its central promise was homes.");
        var terms = sentences.stream().map(s -> Terms.of(s.text())).toList();
        var resolved = Antecedents.resolve(sentences, terms);
        assertThat(resolved.get(0)).isEqualTo(terms.get(0));
        assertThat(resolved.get(1))
                .containsAll(terms.get(1))
                .contains(Terms.of("Portugal").getFirst())
                .doesNotContain(Terms.of("election").getFirst());
        assertThat(Antecedents.names("Renewal won the election in Portugal.")).containsExactly("Portugal");
    }
}
