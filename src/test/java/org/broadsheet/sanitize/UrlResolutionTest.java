package org.broadsheet.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.internal.StringUtil;

/** {@link UrlResolution} gives what jsoup's {@code StringUtil.resolve} (and so {@code absUrl}) gives. */
class UrlResolutionTest {
    @Property(tries = 5000)
    void resolvesAsJsoupDoes(@ForAll("bases") String base, @ForAll("values") String value) {
        UrlResolution resolution = new UrlResolution(base);

        assertThat(resolution.apply(value)).as(base + " + " + value).isEqualTo(StringUtil.resolve(base, value));
        assertThat(resolution.apply(value)).as("again").isEqualTo(StringUtil.resolve(base, value));
    }

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of(
                "http://fakehost/test/page.html",
                "https://news.example.com/2024/a/b/story.html?x=1#top",
                "https://example.com",
                "http://example.com/dir/",
                "HTTPS://Example.COM:8443/a/./b/../c",
                "",
                "not a url",
                "/relative/base",
                "https://ex.com/a\tb",
                "mailto:someone@example.com",
                "file:///tmp/x.html");
    }

    /** Values built from the pieces URLs and their edge cases are made of. */
    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> piece = Arbitraries.of(
                "http://",
                "https://",
                "HTTP://",
                "//",
                "/",
                "./",
                "../",
                "..",
                ".",
                "?",
                "#",
                "a",
                "b.jpg",
                "x=1&y=2",
                " ",
                "\t",
                "\n",
                "\u0000",
                "\u001f",
                ":",
                "mailto:x@y",
                "javascript:alert(1)",
                "%20",
                "é",
                "data:",
                "@",
                "[::1]",
                "http:",
                "ftp://h/",
                "example.com",
                ":80",
                "ex ample",
                "\\",
                "%",
                "/.",
                "/../",
                "~",
                "¡");
        return piece.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }
}
