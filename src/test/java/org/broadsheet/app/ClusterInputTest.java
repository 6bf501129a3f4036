package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.broadsheet.story.ClusterArticle;
import org.junit.jupiter.api.Test;

class ClusterInputTest {
    private static List<ClusterInput.Line> read(String text) throws Exception {
        return ClusterInput.read(new BufferedReader(new StringReader(text)), ClusterInput::line);
    }

    @Test
    void readsLinesWithNullsAndOffsetsAndSkipsBlankLines() throws Exception {
        List<ClusterInput.Line> got = read("""
                {"id":"a","title":"T","text":"x","published":"2026-05-04T10:00:00+02:00","source":null,"language":"de"}

                {"id":"b","title":"U","text":null,"published":null}
                """);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).published()).isEqualTo(Instant.parse("2026-05-04T08:00:00Z"));
        assertThat(got.get(0).language()).isEqualTo("de");
        assertThat(got.get(1).published()).isNull();
        assertThat(got.get(1).text()).isEmpty();
    }

    @Test
    void acceptsADateAloneAsThatDayAndALineWithoutATitle() throws Exception {
        List<ClusterInput.Line> got = read("""
                {"id":"a","title":"T","published":"2013-05-03"}
                {"id":"b","text":"Council backs harbour plan\\nThe council voted on Tuesday.","published":"2013-05-03T10:15:00"}
                {"id":"c","title":null,"text":"One long paragraph without a line break."}
                {"id":"d","title":"  ","text":""}
                {"id":"e","title":"R","published":"Tue, 22 Aug 2017 14:39:05 +0530"}
                """);
        assertThat(got.get(4).published()).isEqualTo(Instant.parse("2017-08-22T09:09:05Z"));
        assertThat(got.get(0).published()).isEqualTo(Instant.parse("2013-05-03T00:00:00Z"));
        assertThat(got.get(1).published()).isEqualTo(Instant.parse("2013-05-03T10:15:00Z"));
        assertThat(got.get(1).title()).isEqualTo("Council backs harbour plan");
        assertThat(got.get(2).title()).isEmpty();
        assertThat(got.get(3).title()).isEmpty();
    }

    @Test
    void namesTheLineAndTheProblem() {
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"title\":\"T\"}\n{\"title\":\"U\"}\n"))
                .hasMessage("line 2: missing \"id\"");
        assertThatThrownBy(() -> read("not json\n")).hasMessageStartingWith("line 1: not JSON");
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"title\":\"T\",\"published\":\"yesterday\"}"))
                .hasMessage("line 1: \"published\" is not a date or time (such as 2013-05-03, 2013-05-03T10:15:00Z or"
                        + " Fri, 03 May 2013 10:15:00 GMT): yesterday");
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"title\":\"T\"}\n{\"id\":\"a\",\"title\":\"U\"}"))
                .hasMessage("line 2: the id \"a\" was used before");
        assertThatThrownBy(() -> ClusterInput.read(
                        new BufferedReader(new StringReader("{\"id\":\"a\",\"title\":\"T\"}")),
                        (node, number) -> ClusterInput.required(node, "cluster", number)))
                .hasMessage("line 1: missing \"cluster\"");
    }

    @Test
    void numbersTheArticlesByTheirLineInTheFile() throws Exception {
        List<ClusterInput.Line> lines = read("{\"id\":\"b\",\"title\":\"T\"}\n{\"id\":\"a\",\"title\":\"U\"}\n");
        List<ClusterArticle> articles = ClusterInput.embed(lines, text -> new float[] {text.length()});
        assertThat(articles).extracting(ClusterArticle::id).containsExactly(0L, 1L);
        assertThat(articles).extracting(ClusterArticle::title).containsExactly("T", "U");
    }

    @Test
    void writesOneLinePerArticleInInputOrderWithItsOwnId() throws Exception {
        List<ClusterInput.Line> lines = read("{\"id\":\"b\",\"title\":\"T\"}\n{\"id\":\"a\",\"title\":\"U\"}\n");
        StringWriter out = new StringWriter();
        ClusterInput.write(lines, Map.of(1L, "s2", 0L, "s1"), out);
        assertThat(out.toString()).isEqualTo("{\"id\":\"b\",\"story\":\"s1\"}\n{\"id\":\"a\",\"story\":\"s2\"}\n");
    }
}
