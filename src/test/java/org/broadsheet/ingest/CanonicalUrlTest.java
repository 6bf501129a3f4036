package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
    private static String canonical(String url) {
        return CanonicalUrl.of(URI.create(url)).toString();
    }

    @Test
    void stripsTrackingParametersAndKeepsTheOthersInOrder() {
        assertThat(canonical("https://news.example/a?utm_source=rss&id=7&UTM_Medium=feed&fbclid=x&gclid=y&page=2"))
                .isEqualTo("https://news.example/a?id=7&page=2");
        assertThat(canonical("https://news.example/a?utm_campaign=z")).isEqualTo("https://news.example/a");
        assertThat(canonical("https://news.example/a?mc_cid=1&mc_eid=2&msclkid=3"))
                .isEqualTo("https://news.example/a");
    }

    @Test
    void normalisesSchemeHostDefaultPortEmptyPathAndFragment() {
        assertThat(canonical("HTTPS://News.Example:443/Story/1#comments")).isEqualTo("https://news.example/Story/1");
        assertThat(canonical("http://news.example:80")).isEqualTo("http://news.example/");
        assertThat(canonical("http://news.example:8080/a")).isEqualTo("http://news.example:8080/a");
        assertThat(canonical("https://news.example:80/a")).isEqualTo("https://news.example:80/a");
    }

    @Test
    void keepsEscapesAndLeavesOtherSchemesAlone() {
        assertThat(canonical("https://news.example/caf%C3%A9?q=a%20b&utm_x=1"))
                .isEqualTo("https://news.example/caf%C3%A9?q=a%20b");
        assertThat(canonical("mailto:desk@news.example")).isEqualTo("mailto:desk@news.example");
        assertThat(CanonicalUrl.ofNullable(null)).isNull();
    }
}
