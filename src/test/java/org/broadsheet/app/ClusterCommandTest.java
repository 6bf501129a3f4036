package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
    private static final String DEMO = "src/test/resources/story/demo-corpus.jsonl";

    @TempDir
    Path dir;

    @Test
    void clusterWritesOneStoryPerArticleInInputOrder() throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, """
                {"id":"late","title":"Vantora battery recall widens to Austria","text":"Vantora said the recall of 1.2 million batteries now covers Austria after 40 fires.","published":"2026-05-04T12:00:00Z","source":"b","language":"en"}
                {"id":"early","title":"Vantora recalls 1.2 million e-bike batteries after 40 fires","text":"Vantora is recalling 1.2 million batteries after 40 fires in Germany and Austria.","published":"2026-05-04T08:00:00Z","source":"a","language":"en"}
                {"id":"other","title":"Sydney ferry timetable changes from Monday","text":"Fewer Manly ferries will run at night from Monday.","published":null,"source":null,"language":null}
                """);
        CliRun run = CliRun.of("cluster", file.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"id\":\"late\",\"story\":\"s1\"}");
        assertThat(lines.get(1)).isEqualTo("{\"id\":\"early\",\"story\":\"s1\"}");
        assertThat(lines.get(2)).isEqualTo("{\"id\":\"other\",\"story\":\"s2\"}");
    }

    @Test
    void invalidInputExitsWithTwoAndNamesTheLine() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"title\":\"T\"}\n{\"title\":\"no id\"}\n");
        CliRun run = CliRun.of("cluster", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 2: missing \"id\"");
        assertThat(CliRun.of("cluster", dir.resolve("missing.jsonl").toString()).err())
                .contains("no such file");
    }

    @Test
    void benchClusterScoresTheDemoCorpus() {
        CliRun run = CliRun.of("bench", "cluster", DEMO);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("articles            62 (22 true clusters")
                .contains("pairwise P / R / F1");
        Matcher f1 = Pattern.compile("BCubed F1\\s+([0-9.]+)").matcher(run.out());
        assertThat(f1.find()).isTrue();
        // A floor well under the figure in docs/benchmarks.md, so that a real regression fails and noise does not.
        assertThat(Double.parseDouble(f1.group(1))).isGreaterThan(0.8);
    }

    @Test
    void benchClusterNeedsTheAnswer() throws Exception {
        Path file = dir.resolve("unlabelled.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"title\":\"T\"}\n");
        CliRun run = CliRun.of("bench", "cluster", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 1: missing \"cluster\"");
    }
}
