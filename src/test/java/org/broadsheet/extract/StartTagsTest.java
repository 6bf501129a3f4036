package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartTagsTest {
    @Test
    void countsStartTagsUpToTheLimit() {
        assertThat(StartTags.count("<p>a</p><div><br></div> 1 < 2", 100)).isEqualTo(3);
        assertThat(StartTags.count("<p><p><p><p>", 2)).isEqualTo(2);
    }

    @Test
    void tellsWhetherAPageHoldsATag() {
        assertThat(StartTags.holds("<p>x</p><NoScript><img src=a></noscript>", "noscript"))
                .isTrue();
        assertThat(StartTags.holds("<p>no scripts here: noscript</p>", "noscript"))
                .isFalse();
        assertThat(StartTags.holds("<noscrip", "noscript")).isFalse();
        assertThat(StartTags.holds("", "noscript")).isFalse();
    }
}
