package org.broadsheet.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The evaluation sets under src/test/resources/ai (see the README there). */
final class EvaluationSets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationSets() {}

    static List<JsonNode> read(String name) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(EvaluationSets.class.getResourceAsStream("/ai/" + name), name),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    static List<SummaryBenchmark.Case> summaries() throws IOException {
        return read("summaries.jsonl").stream()
                .map(n -> new SummaryBenchmark.Case(
                        n.get("title").asText(),
                        n.get("text").asText(),
                        n.get("reference").asText()))
                .toList();
    }

    /** The 1,046-word text of long-article.jsonl. */
    static String longArticle() throws IOException {
        return read("long-article.jsonl").getFirst().get("text").asText();
    }

    static List<AnswerBenchmark.Case> questions() throws IOException {
        return read("questions.jsonl").stream()
                .map(n -> new AnswerBenchmark.Case(
                        n.get("text").asText(),
                        n.get("question").asText(),
                        n.get("answer").isNull() ? null : n.get("answer").asText()))
                .toList();
    }
}
