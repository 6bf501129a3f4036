package org.broadsheet.ai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the optional language model is and how much it may be used.
 *
 * @param baseUrl the OpenAI-compatible API's base address, such as {@code http://127.0.0.1:11434/v1} for Ollama
 * @param apiKey the bearer key, or null for servers that need none
 * @param model the model's name on that server
 * @param timeout how long one request may take before the panel falls back to the extractive result
 * @param dailyRequests how many requests may be sent per UTC day; answers from the cache do not count
 */
public record LlmSettings(URI baseUrl, @Nullable String apiKey, String model, Duration timeout, int dailyRequests) {

    public LlmSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("the LLM address must be http or https: " + baseUrl);
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("the LLM model name is blank");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the LLM timeout must be positive: " + timeout);
        }
        if (dailyRequests < 0) {
            throw new IllegalArgumentException("the LLM daily budget must not be negative: " + dailyRequests);
        }
    }
}
