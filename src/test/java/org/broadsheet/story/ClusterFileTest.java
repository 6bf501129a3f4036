package org.broadsheet.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterFileTest {
    private static List<LabelledArticle> read(String text, boolean requireCluster) throws Exception {
        return ClusterFile.read(new BufferedReader(new StringReader(text)), requireCluster);
    }

    @Test
    void readsLinesWithNullsAndOffsetsAndSkipsBlankLines() throws Exception {
        List<LabelledArticle> got = read("""
                {"id":"a","title":"T","text":"x","published":"2026-05-04T10:00:00+02:00","source":null,"language":"de"}

                {"id":"b","title":"U","text":null,"published":null}
                """, false);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).published()).isEqualTo(Instant.parse("2026-05-04T08:00:00Z"));
        assertThat(got.get(0).language()).isEqualTo("de");
        assertThat(got.get(1).published()).isNull();
        assertThat(got.get(1).text()).isEmpty();
    }

    @Test
    void namesTheLineAndTheProblem() {
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"title\":\"T\"}\n{\"title\":\"U\"}\n", false))
                .hasMessage("line 2: missing \"id\"");
        assertThatThrownBy(() -> read("not json\n", false)).hasMessageStartingWith("line 1: not JSON");
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"title\":\"T\",\"published\":\"yesterday\"}", false))
                .hasMessage("line 1: \"published\" is not an ISO-8601 time: yesterday");
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"title\":\"T\"}\n{\"id\":\"a\",\"title\":\"U\"}", false))
                .hasMessage("line 2: the id \"a\" was used before");
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"title\":\"T\"}", true))
                .hasMessage("line 1: missing \"cluster\"");
    }

    @Test
    void writesOneLinePerArticleInInputOrder() throws Exception {
        List<LabelledArticle> articles =
                read("{\"id\":\"b\",\"title\":\"T\"}\n{\"id\":\"a\",\"title\":\"U\"}\n", false);
        StringWriter out = new StringWriter();
        ClusterFile.write(articles, Map.of("a", "s2", "b", "s1"), out);
        assertThat(out.toString()).isEqualTo("{\"id\":\"b\",\"story\":\"s1\"}\n{\"id\":\"a\",\"story\":\"s2\"}\n");
    }
}
