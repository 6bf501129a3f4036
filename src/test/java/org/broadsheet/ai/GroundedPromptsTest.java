package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroundedPromptsTest {
    @Test
    void acceptsOnlyLinesThatCiteSentencesTheModelWasGiven() {
        assertThat(GroundedPrompts.cited("Rates fell [2][5].", Set.of(2, 5)))
                .contains(new GroundedPrompts.Cited("Rates fell.", List.of(2, 5)));
        assertThat(GroundedPrompts.cited("Rates fell [9].", Set.of(2, 5))).isEmpty();
        assertThat(GroundedPrompts.cited("Rates fell.", Set.of(2, 5))).isEmpty();
    }

    @Test
    void parsesASummaryReplyAndRejectsOneWithTooFewPoints() {
        String reply = "Here you are:\nTLDR: Rates fell. [1]\n- One [1]\n* Two [2]\n• Three [3]\n";
        GroundedPrompts.SummaryReply parsed =
                GroundedPrompts.parseSummary(reply, Set.of(1, 2, 3)).orElseThrow();
        assertThat(parsed.tldr().text()).isEqualTo("Rates fell.");
        assertThat(parsed.keyPoints()).extracting(GroundedPrompts.Cited::text).containsExactly("One", "Two", "Three");
        assertThat(GroundedPrompts.parseSummary("TLDR: x [1]\n- y [1]", Set.of(1)))
                .isEmpty();
        assertThat(GroundedPrompts.parseSummary("- y [1]\n- z [1]", Set.of(1))).isEmpty();
    }

    @Test
    void recognisesNotInArticle() {
        assertThat(GroundedPrompts.parseAnswer("NOT IN ARTICLE.", Set.of(1))
                        .orElseThrow()
                        .sentences())
                .isEmpty();
    }
}
