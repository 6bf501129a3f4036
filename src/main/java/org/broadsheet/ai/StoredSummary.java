package org.broadsheet.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON kept in the summary store: the extractive summary and, once written, the language model's version. */
record StoredSummary(Summary extractive, @Nullable LlmVersion llm) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

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

    static StoredSummary fromJson(String json) {
        try {
            return JSON.readValue(json, StoredSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored summary cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
