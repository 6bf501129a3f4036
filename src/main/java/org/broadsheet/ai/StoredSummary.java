package org.broadsheet.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON kept in the summary store: the extractive summary and, once written, the language model's version, with
 * the version of the summariser that wrote it, so that summaries an older summariser stored are made again.
 */
record StoredSummary(
        int version, Summary extractive, @Nullable LlmVersion llm) {
    /** Raised whenever the extractive summary changes shape or method. 2: lead-aware points, further points. */
    static final int CURRENT = 2;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    StoredSummary(Summary extractive, @Nullable LlmVersion llm) {
        this(CURRENT, extractive, llm);
    }

    /** The language model's summary and the model that wrote it. */
    record LlmVersion(String model, String tldr, List<ArticleSummary.KeyPoint> keyPoints) {}

    StoredSummary withLlm(LlmVersion version) {
        return new StoredSummary(extractive, version);
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a summary always serialises", e);
        }
    }

    /** The stored summary, or nothing when an older summariser wrote it (it should be made again). */
    static Optional<StoredSummary> fromJson(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree.path("version").asInt(0) != CURRENT) {
                return Optional.empty();
            }
            return Optional.of(JSON.treeToValue(tree, StoredSummary.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored summary cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
