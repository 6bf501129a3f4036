package org.broadsheet.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Lines format of {@code broadsheet cluster}: one object per line with {@code id}, {@code title},
 * {@code text}, {@code published} (ISO-8601 or null), {@code source} and {@code language} (or null), and for
 * benchmarks {@code cluster}; the output has {@code id} and {@code story}.
 */
public final class ClusterFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterFile() {}

    /** A line that is not a valid article, with its 1-based line number in the message. */
    public static final class BadLineException extends IOException {
        BadLineException(int line, String reason) {
            super("line " + line + ": " + reason);
        }
    }

    /**
     * Reads every non-blank line. With {@code requireCluster} each line must name its true cluster. Throws {@link
     * BadLineException} on the first line that is not a JSON object with the fields required, or repeats an id.
     */
    public static List<LabelledArticle> read(BufferedReader reader, boolean requireCluster) throws IOException {
        List<LabelledArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            LabelledArticle a = parse(line, number, requireCluster);
            if (!ids.add(a.id())) {
                throw new BadLineException(number, "the id \"" + a.id() + "\" was used before");
            }
            articles.add(a);
        }
        return articles;
    }

    private static LabelledArticle parse(String line, int number, boolean requireCluster) throws BadLineException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLineException(number, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadLineException(number, "not a JSON object");
        }
        String id = required(node, "id", number);
        String title = required(node, "title", number);
        String text = optional(node, "text", number);
        String published = optional(node, "published", number);
        String cluster = requireCluster ? required(node, "cluster", number) : optional(node, "cluster", number);
        return new LabelledArticle(
                id,
                title,
                text == null ? "" : text,
                published == null ? null : instant(published, number),
                optional(node, "source", number),
                optional(node, "language", number),
                cluster);
    }

    private static String required(JsonNode node, String field, int number) throws BadLineException {
        String value = optional(node, field, number);
        if (value == null) {
            throw new BadLineException(number, "missing \"" + field + "\"");
        }
        return value;
    }

    private static @Nullable String optional(JsonNode node, String field, int number) throws BadLineException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new BadLineException(number, "\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static Instant instant(String text, int number) throws BadLineException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                throw new BadLineException(number, "\"published\" is not an ISO-8601 time: " + text);
            }
        }
    }

    /** Writes {@code {"id", "story"}} for each article, in the order of {@code articles}. */
    public static void write(List<LabelledArticle> articles, Map<String, String> stories, Writer out)
            throws IOException {
        for (LabelledArticle a : articles) {
            ObjectNode line = JSON.createObjectNode();
            line.put("id", a.id());
            line.put("story", stories.get(a.id()));
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        }
        out.flush();
    }
}
