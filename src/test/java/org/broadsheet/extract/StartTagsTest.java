package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartTagsTest {
    @Test
    void countsStartTagsUpToTheLimit() {
        assertThat(StartTags.count("<p>a</p><div><br></div> 1 < 2", 100)).isEqualTo(3);
        assertThat(StartTags.count("<p><p><p><p>", 2)).isEqualTo(2);
    }
}
