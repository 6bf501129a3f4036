package org.broadsheet.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTest {
    @Test
    void escapesEveryMarkupCharacter() {
        assertThat(CommentText.html("<script>alert('x')</script> & \"q\""))
                .isEqualTo("<p>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;</p>");
    }

    @Test
    void makesParagraphsAndLineBreaks() {
        assertThat(CommentText.html("one\r\ntwo  \n\n\n three\n")).isEqualTo("<p>one<br>two</p><p> three</p>");
    }

    @Test
    void linksHttpAddressesWithNofollowUgcAndLeavesTrailingPunctuation() {
        assertThat(CommentText.html("See https://example.org/a?b=1&c=2."))
                .isEqualTo("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">"
                        + "https://example.org/a?b=1&amp;c=2</a>.</p>");
    }

    @Test
    void neverLinksOtherSchemesNorBreaksOutOfTheAttribute() {
        assertThat(CommentText.html("javascript:alert(1) data:text/html,x")).doesNotContain("<a");
        assertThat(CommentText.html("http://x.example/\"onmouseover=alert(1)"))
                .isEqualTo("<p><a href=\"http://x.example/\" rel=\"nofollow ugc\">http://x.example/</a>"
                        + "&quot;onmouseover=alert(1)</p>");
        assertThat(CommentText.linkCount("http://a.example https://b.example ftp://c.example"))
                .isEqualTo(2);
    }
}
