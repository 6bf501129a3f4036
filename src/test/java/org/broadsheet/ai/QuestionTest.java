package org.broadsheet.ai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionTest {
    @Test
    void invisibleCharactersAreDroppedAndEverySpaceCountsAsOne() {
        assertThat(Question.clean("\u200bWho\u00a0 paid?\u0001\n")).isEqualTo("Who paid?");
        assertThat(Question.clean("\ufeffWhen \u2009did it\u200d start?")).isEqualTo("When did it start?");
    }

    @Test
    void aQuestionEmptyOnceCleanedIsMissing() {
        for (String raw : new String[] {"", " ", "\u200b", "\u00a0", "\u0001\u0002", "\ufffd", "\u2028\u200e"}) {
            assertThat(Question.problem(raw))
                    .as("%s", raw.codePoints().boxed().toList())
                    .contains(Question.Problem.MISSING);
        }
        assertThat(Question.Problem.MISSING.code()).isEqualTo("QUESTION_MISSING");
    }

    @Test
    void lengthIsCountedAfterCleaning() {
        assertThat(Question.problem("a".repeat(300) + "\u200b".repeat(50))).isEmpty();
        assertThat(Question.problem("a".repeat(301))).contains(Question.Problem.TOO_LONG);
        assertThat(Question.problem("Who paid for it?")).isEmpty();
    }
}
