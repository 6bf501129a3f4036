package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {
    @Test
    void namesLanguagesAndCountriesInsteadOfShowingCodes() {
        assertThat(DisplayNames.languages(List.of("de", "en", "fr"))).isEqualTo("German, English, French");
        assertThat(DisplayNames.countries(List.of("IE", "de", "AU"))).isEqualTo("Ireland, Germany, Australia");
    }

    @Test
    void showsACodeItDoesNotKnowAsItIs() {
        assertThat(DisplayNames.language("qqq")).isEqualTo("qqq");
        assertThat(DisplayNames.country("QQ")).isEqualTo("QQ");
    }
}
