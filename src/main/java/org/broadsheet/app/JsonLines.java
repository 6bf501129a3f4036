package org.broadsheet.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON Lines inputs of the AI commands: one object per line, blank lines skipped. A line that is not an
 * object or lacks a required text field is reported on standard error with a reason code and line number, and the
 * other lines are still read.
 */
final class JsonLines {
    static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The largest input file read: 256 MB. */
    private static final int MAX_BYTES = 256 << 20;

    /** The good lines of a file and whether any line was rejected. */
    record Input(List<JsonNode> lines, boolean rejected) {}

    private JsonLines() {}

    /**
     * The objects in {@code file} ({@code -} for {@code stdin}) that have a string in every field of {@code
     * required}; problems go to {@code err} prefixed with {@code command}.
     */
    static Input read(String command, String file, InputStream stdin, PrintWriter err, String... required)
            throws IOException {
        byte[] bytes = InputFiles.read(file, stdin, MAX_BYTES);
        List<JsonNode> lines = new ArrayList<>();
        boolean rejected = false;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = null;
                String problem;
                try {
                    node = JSON.readTree(line);
                    problem = problem(node, required);
                } catch (JsonProcessingException e) {
                    problem = "INVALID_JSON: " + e.getOriginalMessage();
                }
                if (problem != null) {
                    err.println(command + ": " + file + ":" + number + ": " + problem);
                    rejected = true;
                    continue;
                }
                lines.add(Objects.requireNonNull(node, "problem() refuses a missing node"));
            }
        }
        return new Input(lines, rejected);
    }

    /**
     * Like {@link #read}, but when the file itself cannot be read says why on {@code err} (prefixed with {@code
     * command}) and returns null, for the command to exit with code 2.
     */
    static @Nullable Input readOrReport(
            String command, String file, InputStream stdin, PrintWriter err, String... required) {
        try {
            return read(command, file, stdin, err, required);
        } catch (IOException e) {
            err.println(command + ": cannot read " + file + ": " + InputFiles.reason(e));
            err.flush();
            return null;
        }
    }

    private static @Nullable String problem(@Nullable JsonNode node, String... required) {
        if (node == null || !node.isObject()) {
            return "NOT_AN_OBJECT: each line must be a JSON object";
        }
        for (String field : required) {
            if (!node.path(field).isTextual()) {
                return "MISSING_FIELD: \"" + field + "\" must be a string";
            }
        }
        return null;
    }

    /** The field as text, or null when it is missing or not a string. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The {@code id} field as written (a string or a number), or the line's position when it has none. */
    static Object id(JsonNode node, int position) {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return position;
        }
        return id.isNumber() ? id.numberValue() : id.asText();
    }

    /** Writes {@code value} as one line of JSON. */
    static void write(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }
}
