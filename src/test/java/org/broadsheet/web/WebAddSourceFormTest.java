package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewSource;
import org.junit.jupiter.api.Test;

class WebAddSourceFormTest {
    @Test
    void acceptsAnHttpsFeedAndNormalisesCodes() {
        AddSourceForm form = new AddSourceForm(" https://a.example/feed ", " A ", "nl", "NL", "EXCERPT");

        assertThat(form.problems()).isEmpty();
        NewSource source = form.toNewSource();
        assertThat(source.feedUrl().toString()).isEqualTo("https://a.example/feed");
        assertThat(source.name()).isEqualTo("A");
        assertThat(source.country()).isEqualTo("NL");
        assertThat(source.language()).isEqualTo("nl");
        assertThat(source.display()).isEqualTo(DisplayPolicy.EXCERPT);
    }

    @Test
    void namesEachBadFieldOnce() {
        assertThat(new AddSourceForm("", "", "", "", "full").problems()).containsOnlyKeys("feedUrl", "name");
        assertThat(new AddSourceForm("a.example/feed", "A", "", "", "full").problems())
                .containsOnlyKeys("feedUrl");
        assertThat(new AddSourceForm("javascript:alert(1)", "A", "", "", "full").problems())
                .containsOnlyKeys("feedUrl");
        assertThat(new AddSourceForm("https://a.example/", "x".repeat(201), "GBR", "eng", "both").problems())
                .containsOnlyKeys("name", "country", "language", "display");
    }
}
