package org.broadsheet.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoTokensTest {
    private final DemoTokens tokens = new DemoTokens("http://127.0.0.1:43127", Instant.parse("2025-07-13T14:05:42Z"));

    @Test
    void replacesBaseWithoutTrailingSlash() {
        assertThat(tokens.substitute("<a href=\"{{base}}/x.html\">"))
                .isEqualTo("<a href=\"http://127.0.0.1:43127/x.html\">");
    }

    @Test
    void formatsTimesRelativeToTheStartMinute() {
        assertThat(tokens.substitute("{{time:-95:iso}}")).isEqualTo("2025-07-13T12:30:00Z");
        assertThat(tokens.substitute("{{time:-95:rfc822}}")).isEqualTo("Sun, 13 Jul 2025 12:30:00 GMT");
        assertThat(tokens.substitute("{{time:-95:human}}")).isEqualTo("13 July 2025, 12:30 UTC");
        assertThat(tokens.substitute("{{time:-95:human-us}}")).isEqualTo("July 13, 2025, 12:30 PM UTC");
        assertThat(tokens.substitute("{{time:-95:human-de}}")).isEqualTo("13. Juli 2025, 12:30 Uhr (UTC)");
        assertThat(tokens.substitute("{{time:-95:human-fr}}")).isEqualTo("13 juillet 2025 à 12h30 UTC");
        assertThat(tokens.substitute("{{time:+1440:iso}}")).isEqualTo("2025-07-14T14:05:00Z");
    }

    @Test
    void leavesOtherBracesAlone() {
        assertThat(tokens.substitute("{\"a\":{\"b\":1}}")).isEqualTo("{\"a\":{\"b\":1}}");
    }

    @Test
    void rejectsAnUnknownTimeFormat() {
        assertThatThrownBy(() -> tokens.substitute("{{time:-5:epoch}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epoch");
    }
}
