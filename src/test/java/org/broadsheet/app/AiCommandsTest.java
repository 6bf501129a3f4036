package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summarize}, {@code ask} and their bench commands, run in-process on small JSON Lines files. */
class AiCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Galway City Council has approved a plan to build 23km of cycle lanes."
            + "\\n\\nThe vote was 11 to 6. The plan is largely funded by the National Transport Authority."
            + "\\n\\nAbout 190 parking spaces will be removed. Construction starts next spring.";

    @TempDir
    Path dir;

    private String file(String name, String... lines) throws Exception {
        Path path = dir.resolve(name);
        Files.write(path, List.of(lines));
        return path.toString();
    }

    @Test
    void summarizeWritesTldrAndKeyPointsPerLineAndReportsBadLines() throws Exception {
        String input = file(
                "in.jsonl",
                "{\"id\": \"a\", \"title\": null, \"text\": \"" + TEXT + "\"}",
                "not json",
                "{\"id\": 7, \"title\": \"T\"}");
        CliRun run = CliRun.of("summarize", input);
        assertThat(run.exitCode()).isEqualTo(2);
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(1);
        JsonNode line = JSON.readTree(out.getFirst());
        assertThat(line.get("id").asText()).isEqualTo("a");
        assertThat(line.get("tldr").asText()).startsWith("Galway City Council");
        assertThat(line.get("keyPoints")).hasSize(3);
        assertThat(run.err()).contains(input + ":2: INVALID_JSON").contains(input + ":3: MISSING_FIELD: \"text\"");
    }

    @Test
    void askAnswersWithSentenceIndexesAndNullWhenTheArticleDoesNotSay() throws Exception {
        String input = file(
                "ask.jsonl",
                "{\"id\": 1, \"text\": \"" + TEXT + "\", \"question\": \"How many parking spaces go?\"}",
                "{\"id\": 2, \"text\": \"" + TEXT + "\", \"question\": \"What is the best pancake recipe?\"}");
        CliRun run = CliRun.of("ask", input);
        assertThat(run.exitCode()).isZero();
        List<JsonNode> out = run.out()
                .lines()
                .map(l -> {
                    try {
                        return JSON.readTree(l);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(out.get(0).get("id").asInt()).isEqualTo(1);
        assertThat(out.get(0).get("answer").asText()).contains("190 parking spaces");
        assertThat(out.get(0).get("sentences").get(0).asInt()).isEqualTo(3);
        assertThat(out.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(out.get(1).get("answer").isNull()).isTrue();
    }

    @Test
    void benchCommandsPrintRougeAndRetrievalFigures() throws Exception {
        String summaries = file(
                "s.jsonl",
                "{\"id\": \"a\", \"title\": \"Galway cycle lanes\", \"text\": \"" + TEXT
                        + "\", \"reference\": \"Galway approved 23km of cycle lanes.\\nThe vote was 11 to 6.\"}");
        CliRun summarize = CliRun.of("bench", "summarize", summaries);
        assertThat(summarize.exitCode()).isZero();
        assertThat(summarize.out()).contains("key points").contains("Lead-3").contains("ROUGE-2");

        String questions = file(
                "q.jsonl",
                "{\"text\": \"" + TEXT + "\", \"question\": \"Who funds it?\", \"answer\": \"National Transport\"}",
                "{\"text\": \"" + TEXT + "\", \"question\": \"Any pancakes?\", \"answer\": null}");
        CliRun ask = CliRun.of("bench", "ask", questions);
        assertThat(ask.exitCode()).isZero();
        assertThat(ask.out()).contains("1 answerable questions, 1 unanswerable").contains("BM25 alone");

        assertThat(CliRun.of("bench", "ask", file("none.jsonl", "")).exitCode()).isEqualTo(2);

        // The SQuAD layout: questions naming their article, with several right answers.
        String articles =
                file("articles.jsonl", "{\"article\": \"Galway\", \"title\": \"Galway\", \"text\": \"" + TEXT + "\"}");
        String squad = file(
                "squad.jsonl",
                "{\"id\": \"q1\", \"article\": \"Galway\", \"question\": \"Who funds it?\","
                        + " \"answers\": [\"National Transport Authority\", \"the NTA\"]}");
        CliRun fromSquad = CliRun.of("bench", "ask", "--articles", articles, squad);
        assertThat(fromSquad.exitCode()).isZero();
        assertThat(fromSquad.out())
                .contains("1 answerable questions, 0 unanswerable")
                .contains("answer shown holds an expected text: 1.000");
        String unknown = file("unknown.jsonl", "{\"article\": \"Cork\", \"question\": \"Who?\", \"answers\": [\"x\"]}");
        assertThat(CliRun.of("bench", "ask", "--articles", articles, unknown).exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("summarize", dir.resolve("missing.jsonl").toString())
                        .err())
                .contains("no such file");
    }

    @Test
    void benchBriefTimesAStoryFromTextAndFromTheStoredSummaries() throws Exception {
        String story = file(
                "story.jsonl",
                "{\"id\": \"courier/a\", \"title\": \"Galway cycle lanes\", \"text\": \"" + TEXT + "\"}",
                "{\"id\": \"gazette/b\", \"title\": \"Galway votes for bikes\", \"text\": \"" + TEXT
                        + "\\n\\nTraders oppose the loss of parking spaces.\"}");
        CliRun brief = CliRun.of("bench", "brief", "--repeat", "2", story);
        assertThat(brief.exitCode()).isZero();
        assertThat(brief.out())
                .contains("2 articles in one story")
                .contains("from text each time (before):")
                .contains("from stored summaries and vectors:")
                .contains("(n = 2)");
        assertThat(CliRun.of("bench", "brief", file("one.jsonl", "{\"title\": \"T\", \"text\": \"One.\"}"))
                        .exitCode())
                .isEqualTo(2);
    }
}
