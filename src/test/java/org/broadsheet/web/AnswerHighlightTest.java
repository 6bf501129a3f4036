package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerHighlightTest {
    private static final String BODY =
            "<p>First sentence here. The advisories cover Maple Point,\n Sandy Cove and more."
                    + " Last one.</p><p>A whole paragraph.</p><p>Split by <a href=\"https://x.example/\">a link</a> inside.</p>";

    @Test
    void marksTheExactWordsWhenTheySitInOneRunOfText() {
        String html = AnswerHighlight.mark(BODY, List.of("The advisories cover Maple Point, Sandy Cove and more."));
        assertThat(html)
                .contains("First sentence here. <mark class=\"answer\" id=\"answer\">The advisories cover Maple"
                        + " Point,\n Sandy Cove and more.</mark> Last one.");
    }

    @Test
    void marksASentenceThatIsAWholeParagraph() {
        assertThat(AnswerHighlight.mark(BODY, List.of("A whole paragraph.")))
                .contains("<p><mark class=\"answer\" id=\"answer\">A whole paragraph.</mark></p>");
    }

    @Test
    void marksTheParagraphWhenTheSentenceCrossesMarkup() {
        assertThat(AnswerHighlight.mark(BODY, List.of("Split by a link inside.")))
                .contains("<p class=\"answer-block\" id=\"answer\">Split by <a");
    }

    @Test
    void marksOnlyTheFirstSentenceWithTheAnchorAndLeavesUnknownTextAlone() {
        String html =
                AnswerHighlight.mark(BODY, List.of("Not in the body at all.", "First sentence here.", "Last one."));
        assertThat(html).containsOnlyOnce("id=\"answer\"").contains("<mark class=\"answer\">Last one.</mark>");
        assertThat(AnswerHighlight.mark(BODY, List.of())).isEqualTo(BODY);
    }
}
