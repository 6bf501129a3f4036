package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPointFilterTest {
    @Test
    void dropsDatelinesOfWireServicesAndPlaces() {
        assertThat(KeyPointFilter.clean("LONDON (Reuters) - Sterling rose on Tuesday after the figures."))
                .isEqualTo("Sterling rose on Tuesday after the figures.");
        assertThat(KeyPointFilter.clean("(CNN) -- A ferry ran aground off the island on Saturday."))
                .isEqualTo("A ferry ran aground off the island on Saturday.");
        assertThat(KeyPointFilter.clean("(CNN)The ferry was carrying 312 people."))
                .isEqualTo("The ferry was carrying 312 people.");
        assertThat(KeyPointFilter.clean("HARWICK, England (CNN) -- Bereket broke the course record."))
                .isEqualTo("Bereket broke the course record.");
        assertThat(KeyPointFilter.clean("SAN JOSE, California — Voltra will lay off 40% of its staff."))
                .isEqualTo("Voltra will lay off 40% of its staff.");
        assertThat(KeyPointFilter.clean("Apple (AAPL) shares rose 3% in early trading on Monday."))
                .isEqualTo("Apple (AAPL) shares rose 3% in early trading on Monday.");
    }

    @Test
    void dropsAClosingAttributionOnlyWhenEnoughIsLeft() {
        assertThat(KeyPointFilter.clean(
                        "Both injured workers were taken to hospital with minor injuries, the port authority said."))
                .isEqualTo("Both injured workers were taken to hospital with minor injuries.");
        assertThat(
                        KeyPointFilter.clean(
                                "The fire had burned about 12,000 hectares by Saturday evening, according to emergency services."))
                .isEqualTo("The fire had burned about 12,000 hectares by Saturday evening.");
        assertThat(KeyPointFilter.clean("Nobody was hurt, police said.")).isEqualTo("Nobody was hurt, police said.");
    }

    @Test
    void bylinesTimestampsCaptionsAndPromptsAreNotCandidates() {
        List<Sentence> sentences = SentenceSplitter.split("By DANIEL OKAFOR FOR THE DAILY NEWS\n\n"
                + "PUBLISHED: 21:14, 8 August\n\n"
                + "By . Daily Mail Reporter . PUBLISHED: . 12:12 EST, 1 May 2013 . | . UPDATED: . 13:03 EST, 1 May 2013 ."
                + " More than 6,000 residents were ordered to leave their homes on Saturday.\n\n"
                + "Photo: Emergency crews at the terminal on Tuesday morning.\n\n"
                + "Read more: Port Alder expansion plan approved by the council\n\n"
                + "Reporting by Miriam Achterberg; CNN's Jane Roe contributed to this report.");
        List<Integer> fit = KeyPointFilter.candidates(sentences);
        assertThat(fit)
                .extracting(i -> sentences.get(i).text())
                .containsExactly("More than 6,000 residents were ordered to leave their homes on Saturday.");
    }

    @Test
    void quotesAndSentencesThatLeanBackStandLessWell() {
        assertThat(KeyPointFilter.standalone("\"We will not reopen a single berth,\" he said."))
                .isLessThan(KeyPointFilter.standalone("It was the defender's first goal of the season."));
        assertThat(KeyPointFilter.standalone("It was the defender's first goal of the season."))
                .isLessThan(KeyPointFilter.standalone("Kofi Mensah scored in the 118th minute."));
    }

    @Test
    void aLeadInToAListIsNotAKeyPoint() {
        List<Sentence> sentences = SentenceSplitter.split(
                "The museum in Whitby will close for two years while its roof and galleries are rebuilt.\n\n"
                        + "Whitby said museums planning renovations should:\n\n"
                        + "- consult their visitors before the building work begins\n\n"
                        + "Among the changes to the galleries are the following...\n\n"
                        + "The council will pay for most of the work from its heritage fund this year.");
        List<Integer> fit = KeyPointFilter.candidates(sentences);
        assertThat(fit)
                .extracting(i -> sentences.get(i).text())
                .containsExactly(
                        "The museum in Whitby will close for two years while its roof and galleries are rebuilt.",
                        "The council will pay for most of the work from its heritage fund this year.");
    }
}
