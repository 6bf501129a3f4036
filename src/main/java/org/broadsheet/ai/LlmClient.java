package org.broadsheet.ai;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional language model, reached through langchain4j's OpenAI-compatible client (OpenAI, Ollama, llama.cpp,
 * vLLM and others serve that API). Each request has a timeout and no retries; a daily request budget caps the cost;
 * identical prompts are answered from an in-memory cache without spending the budget. Thread-safe.
 */
public final class LlmClient {
    private static final Logger log = LoggerFactory.getLogger(LlmClient.class);
    private static final int CACHED_REPLIES = 1000;

    private final ChatModel model;
    private final LlmSettings settings;
    private final Clock clock;
    // A lock rather than synchronized, so that waiting virtual threads release their carriers.
    private final ReentrantLock lock = new ReentrantLock();
    private final Cache<String, String> cache =
            Caffeine.newBuilder().maximumSize(CACHED_REPLIES).build();
    private LocalDate day;
    private int spent;

    /** The model's reply, or why there is none. */
    sealed interface Reply {
        /** The model replied; {@code text} is not blank. */
        record Text(String text) implements Reply {}

        /** The model did not reply, or its budget is spent. */
        record Failed(LlmFailure failure) implements Reply {}
    }

    private LlmClient(ChatModel model, LlmSettings settings, Clock clock) {
        this.model = model;
        this.settings = settings;
        this.clock = clock;
        this.day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** A client for the endpoint in {@code settings}; nothing is sent until the first request. */
    public static LlmClient connect(LlmSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        String key = settings.apiKey();
        ChatModel model = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl().toString())
                .apiKey(key == null || key.isBlank() ? "none" : key)
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .temperature(0.0)
                .build();
        return new LlmClient(model, settings, clock);
    }

    /** The model's name, as configured. */
    public String modelName() {
        return settings.model();
    }

    /** The model's reply to a system instruction and a user message, from the cache when asked before. */
    Reply complete(String system, String user) {
        String key = key(system, user);
        String cached = cache.getIfPresent(key);
        if (cached != null) {
            return new Reply.Text(cached);
        }
        lock.lock();
        try {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            if (!today.equals(day)) {
                day = today;
                spent = 0;
            }
            if (spent >= settings.dailyRequests()) {
                return new Reply.Failed(LlmFailure.BUDGET_SPENT);
            }
            spent++;
        } finally {
            lock.unlock();
        }
        String text;
        try {
            ChatResponse response = model.chat(SystemMessage.from(system), UserMessage.from(user));
            text = response.aiMessage().text();
        } catch (RuntimeException e) {
            LlmFailure failure = isTimeout(e) ? LlmFailure.TIMEOUT : LlmFailure.UNAVAILABLE;
            log.warn("LLM request failed: reason={} model={} message={}", failure, settings.model(), e.toString());
            return new Reply.Failed(failure);
        }
        if (text == null || text.isBlank()) {
            return new Reply.Failed(LlmFailure.UNAVAILABLE);
        }
        cache.put(key, text);
        return new Reply.Text(text);
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (name.contains("timeout") || message.contains("timed out") || message.contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    private String key(String system, String user) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(settings.model().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(system.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
