package org.broadsheet.app;

import java.net.URI;
import java.time.Duration;
import org.broadsheet.ai.LlmSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The optional language model behind the AI panel: any OpenAI-compatible endpoint. Without {@code --llm-url} the
 * panel works offline. The API key is read from the environment only, so that it never shows in a process list.
 */
final class LlmOptions {
    @Option(
            names = "--llm-url",
            defaultValue = "${env:BROADSHEET_LLM_URL}",
            description = "Base address of an OpenAI-compatible API, such as http://127.0.0.1:11434/v1 for Ollama"
                    + " (env BROADSHEET_LLM_URL). Without it the AI panel works offline.")
    @Nullable
    URI url;

    @Option(
            names = "--llm-model",
            defaultValue = "${env:BROADSHEET_LLM_MODEL:-llama3.2}",
            description = "The model's name on that server (default: ${DEFAULT-VALUE}; env BROADSHEET_LLM_MODEL).")
    String model = "llama3.2";

    @Option(
            names = "--llm-timeout",
            defaultValue = "${env:BROADSHEET_LLM_TIMEOUT:-20}",
            description = "Seconds one request may take before the panel falls back to its offline result"
                    + " (default: ${DEFAULT-VALUE}; env BROADSHEET_LLM_TIMEOUT).")
    int timeoutSeconds = 20;

    @Option(
            names = "--llm-daily-requests",
            defaultValue = "${env:BROADSHEET_LLM_DAILY_REQUESTS:-1000}",
            description = "Requests the site may send per UTC day; cached replies do not count"
                    + " (default: ${DEFAULT-VALUE}; env BROADSHEET_LLM_DAILY_REQUESTS).")
    int dailyRequests = 1000;

    /** The settings, or null when no endpoint is configured. */
    @Nullable
    LlmSettings settings() {
        if (url == null || url.toString().isBlank()) {
            return null;
        }
        return new LlmSettings(
                url, System.getenv("BROADSHEET_LLM_API_KEY"), model, Duration.ofSeconds(timeoutSeconds), dailyRequests);
    }
}
