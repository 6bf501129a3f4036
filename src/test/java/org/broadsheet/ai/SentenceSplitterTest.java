package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String paragraph) {
        return SentenceSplitter.splitParagraph(paragraph);
    }

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertThat(split("The storm hit. Was anyone hurt? Nobody! Crews are out."))
                .containsExactly("The storm hit.", "Was anyone hurt?", "Nobody!", "Crews are out.");
    }

    @Test
    void keepsTitlesInitialsAndDecimalsInsideTheirSentence() {
        assertThat(split("Dr. Ada Lovelace met Mr. J. R. Smith on Jan. 5 in St. Ives. Rates fell to 1.75% today."))
                .containsExactly(
                        "Dr. Ada Lovelace met Mr. J. R. Smith on Jan. 5 in St. Ives.", "Rates fell to 1.75% today.");
    }

    @Test
    void endsAtAnAbbreviationOnlyWhenASentenceStartsAfterIt() {
        assertThat(split("He moved to the U.S. The move was quick. Talks with U.S. Steel Corp. continue."))
                .containsExactly(
                        "He moved to the U.S.", "The move was quick.", "Talks with U.S. Steel Corp. continue.");
        assertThat(split("Shares in Acme Inc. rose. It was a good day."))
                .containsExactly("Shares in Acme Inc. rose.", "It was a good day.");
    }

    @Test
    void keepsClosingQuotesWithTheirSentenceAndDoesNotSplitBeforeLowerCase() {
        assertThat(split("\"We will win.\" The crowd cheered. \"Will we?\" he asked. ‘Yes.’ She smiled."))
                .containsExactly(
                        "\"We will win.\"", "The crowd cheered.", "\"Will we?\" he asked.", "‘Yes.’", "She smiled.");
        assertThat(split("It was... well, odd. Then it ended."))
                .containsExactly("It was... well, odd.", "Then it ended.");
    }

    @Test
    void germanOrdinalsDoNotEndASentenceButEnglishNumbersStillDo() {
        assertThat(split("Die Kirche stammt aus dem 19. Jahrhundert. Sie wurde am 3. Oktober 1990 neu geweiht."))
                .containsExactly(
                        "Die Kirche stammt aus dem 19. Jahrhundert.", "Sie wurde am 3. Oktober 1990 neu geweiht.");
        assertThat(split("Im 2. Weltkrieg wurde sie zerstört. Der Wiederaufbau dauerte 12 Jahre."))
                .containsExactly("Im 2. Weltkrieg wurde sie zerstört.", "Der Wiederaufbau dauerte 12 Jahre.");
        assertThat(split("The vote was 11 to 6. The plan passed. They won 3. October was calm."))
                .containsExactly("The vote was 11 to 6.", "The plan passed.", "They won 3.", "October was calm.");
    }

    @Test
    void numbersSentencesAcrossParagraphsAndSkipsBlankOnes() {
        List<Sentence> sentences = SentenceSplitter.split("First one. Second one.\n\n  \n\nThird\n  one.\n\n");
        assertThat(sentences)
                .containsExactly(
                        new Sentence(0, 0, "First one."),
                        new Sentence(1, 0, "Second one."),
                        new Sentence(2, 1, "Third one."));
        assertThat(SentenceSplitter.split("   ")).isEmpty();
    }

    @Test
    void tellsHeadingsFromStatements() {
        assertThat(new Sentence(0, 0, "Sterling climbs").isHeading()).isTrue();
        assertThat(new Sentence(0, 0, "Sterling climbs.").isHeading()).isFalse();
        assertThat(new Sentence(0, 0, "Only about one in three high-speed trains from Paris to Bordeaux run")
                        .isHeading())
                .isFalse();
    }
}
