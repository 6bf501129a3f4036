package org.broadsheet.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A small OpenAI-compatible chat completions server on 127.0.0.1 that answers with fixed completions chosen by the
 * test: it checks the protocol (path, JSON body, messages) and nothing about any real model.
 */
final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    volatile Function<JsonNode, String> reply = body -> "";
    volatile Duration delay = Duration.ZERO;

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            requests.add(body);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Map<String, Object> completion = Map.of(
                    "id",
                    "chatcmpl-test",
                    "object",
                    "chat.completion",
                    "created",
                    1_700_000_000,
                    "model",
                    body.path("model").asText(),
                    "choices",
                    List.of(Map.of(
                            "index",
                            0,
                            "message",
                            Map.of("role", "assistant", "content", reply.apply(body)),
                            "finish_reason",
                            "stop")),
                    "usage",
                    Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20));
            byte[] bytes = JSON.writeValueAsBytes(completion);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException e) {
                // the client gave up (a timeout test)
            }
        });
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** The system and user messages of a request. */
    static String system(JsonNode body) {
        return body.path("messages").get(0).path("content").asText();
    }

    static String user(JsonNode body) {
        return body.path("messages").get(1).path("content").asText();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
