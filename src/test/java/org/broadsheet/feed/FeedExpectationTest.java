package org.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedExpectationTest {
    private static final FeedEntry ENTRY = new FeedEntry(
            "tag:example.org,2004:1",
            "Example <b>Atom</b>",
            "http://example.org/1",
            Instant.parse("2003-12-31T10:14:55Z"),
            null,
            "Mark",
            null,
            "<p>safe <b>description</b></p>",
            List.of(),
            List.of());
    private static final ParsedFeed FEED = new ParsedFeed(
            "atom_1.0",
            new FeedInfo("Example feed", "http://example.org/", null, "en", null),
            List.of(ENTRY),
            List.of());

    private static boolean holds(String expression, boolean bozo, boolean lenient) {
        return FeedExpectation.parse(expression).test(new FeedExpectation.Subject(FEED, bozo), lenient);
    }

    @Test
    void evaluatesBozoEqualityAndLength() {
        assertThat(holds("not bozo and feed['title'] == u'Example feed' and len(entries) == 1", false, false))
                .isTrue();
        assertThat(holds("not bozo and feed['title'] == 'Example feed'", true, false))
                .isFalse();
        assertThat(holds("bozo", true, false)).isTrue();
        assertThat(holds("feed.link == 'http://example.org/' and feed['language'] == 'en'", false, false))
                .isTrue();
        assertThat(holds(
                        "entries[0]['guid'] == 'tag:example.org,2004:1' and entries[0]['author'] != 'x'", false, false))
                .isTrue();
        assertThat(holds("entries[1]['title'] == 'missing'", false, false)).isFalse();
    }

    @Test
    void readsPythonStringsAndTimeTuples() {
        assertThat(holds("entries[0]['title_detail']['value'] == 'Example ' + '<b>Atom</b>'", false, false))
                .isTrue();
        assertThat(holds("entries[0]['published_parsed'] == (2003, 12, 31, 10, 14, 55, 2, 365, 0)", false, false))
                .isTrue();
        assertThat(holds("entries[0]['issued_parsed'] == (2003, 12, 31, 10, 14, 56, 2, 365, 0)", false, false))
                .isFalse();
        assertThat(holds("feed['title'] == '\\x45xample \\u0066eed'", false, false))
                .isTrue();
    }

    @Test
    void comparesBodiesAsHtmlOrLenientlyAsText() {
        String expression = "entries[0]['content'][0]['value'] == '<p>safe <b style=\"x\">description</b></p>'";
        assertThat(holds(expression, false, false)).isFalse();
        assertThat(holds(expression, false, true)).isTrue();
        // feedparser's summary falls back to the content.
        assertThat(holds("entries[0]['summary'] == '<p>safe  <b>description</b></p>'", false, false))
                .isTrue();
    }

    @Test
    void comparesPlainTitlesWithTheTextTheExpectedMarkupShows() {
        ParsedFeed blink = new ParsedFeed(
                "atom_1.0",
                new FeedInfo("History of the <blink> tag", null, "A <tag> & more", null, null),
                List.of(),
                List.of());
        FeedExpectation.Subject subject = new FeedExpectation.Subject(blink, false);

        String escaped = "feed['title'] == 'History of the &lt;blink&gt; tag'";
        assertThat(FeedExpectation.parse(escaped).test(subject, false)).isTrue();
        String wrapped = "feed['title'] == '<p>History of the &lt;blink&gt; tag</p>'";
        assertThat(FeedExpectation.parse(wrapped).test(subject, false)).isFalse();
        assertThat(FeedExpectation.parse(wrapped).test(subject, true)).isTrue();
        // Read as HTML, our title would lose its <blink>: it is text, so this expectation must fail.
        String lost = "feed['title'] == 'History of the  tag'";
        assertThat(FeedExpectation.parse(lost).test(subject, true)).isFalse();
        assertThat(FeedExpectation.parse("feed['subtitle'] == 'A &lt;tag&gt; &amp; more'")
                        .test(subject, false))
                .isTrue();
        assertThat(FeedExpectation.parse("'A <tag> & more' == feed['tagline']").test(subject, false))
                .isTrue();
    }

    @Test
    void rejectsExpressionsOutsideOurModel() {
        for (String expression : List.of(
                "not bozo and encoding == 'utf-8'",
                "entries[0]['tags'][0]['term'] == 'x'",
                "feed['title_detail']['language'] == 'en'",
                "entries[0].get('where') == {}",
                "'title' in feed",
                "feed['copyright'] == 'x'")) {
            assertThatThrownBy(() -> FeedExpectation.parse(expression))
                    .as(expression)
                    .isInstanceOf(FeedExpectation.NotApplicable.class);
        }
    }
}
