package org.broadsheet.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.broadsheet.ai.Embedder;
import org.broadsheet.extract.DateParser;
import org.broadsheet.story.ClusterArticle;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Lines format of {@code broadsheet cluster}: one object per line with {@code id} (any string, unique in the
 * file), {@code title} (or none: the text's first line, else nothing), {@code text}, {@code published} (an ISO-8601
 * time, a date alone meaning that day, or null), {@code source} and {@code language} (or null); the output has {@code
 * id} and {@code story}. The input is a path, {@code -} for standard input, or a {@code
 * .gz} read decompressed. The clusterer numbers articles, so each one is known by its line's position in the file.
 */
final class ClusterInput {
    private ClusterInput() {}

    /** One line of the input: an article without its embedding. */
    record Line(
            String id,
            String title,
            String text,
            @Nullable Instant published,
            @Nullable String source,
            @Nullable String language) {

        /** The text to embed: the one every stored article is embedded from, {@link Embedder#articleText}. */
        String embeddingText() {
            return Embedder.articleText(title, text);
        }
    }

    /** Reads a line's object into a value; fails with {@link BadLineException} naming line {@code number}. */
    @FunctionalInterface
    interface LineReader<T> {
        T read(JsonNode line, int number) throws BadLineException;
    }

    /** A line that is not a valid article, with its 1-based line number in the message. */
    static final class BadLineException extends IOException {
        BadLineException(int line, String reason) {
            super("line " + line + ": " + reason);
        }
    }

    /**
     * Reads every non-blank line of {@code file} ({@code -} for {@code stdin}). Throws {@link BadLineException} on the
     * first line that is not a JSON object with the fields required, or repeats an id.
     */
    static List<Line> read(String file, InputStream stdin) throws IOException {
        return read(file, stdin, ClusterInput::line);
    }

    /**
     * Reads every non-blank line of {@code file} with {@code reader}, which is given each line's object; the ids must
     * be unique, as in {@link #read(String, InputStream)}.
     */
    static <T> List<T> read(String file, InputStream stdin, LineReader<T> reader) throws IOException {
        if (file.equals("-")) {
            return read(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), reader);
        }
        try (InputStream raw = Files.newInputStream(Path.of(file));
                InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), reader);
        }
    }

    static <T> List<T> read(BufferedReader lines, LineReader<T> reader) throws IOException {
        List<T> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JsonLines.JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new BadLineException(number, "not JSON (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) {
                throw new BadLineException(number, "not a JSON object");
            }
            T value = reader.read(node, number);
            String id = required(node, "id", number);
            if (!ids.add(id)) {
                throw new BadLineException(number, "the id \"" + id + "\" was used before");
            }
            out.add(value);
        }
        return out;
    }

    /** The article on line {@code number}. */
    static Line line(JsonNode node, int number) throws BadLineException {
        String id = required(node, "id", number);
        String text = optional(node, "text", number);
        text = text == null ? "" : text;
        String title = optional(node, "title", number);
        String published = optional(node, "published", number);
        return new Line(
                id,
                title == null || title.isBlank() ? titleFromText(text) : title,
                text,
                published == null ? null : instant(published, number),
                optional(node, "source", number),
                optional(node, "language", number));
    }

    /** The string (or number, as text) in {@code field}, which must be there. */
    static String required(JsonNode node, String field, int number) throws BadLineException {
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

    /**
     * A title for a line without one, as an RSS item may come: the text's first line when the text has several and
     * the first is short enough to be a headline, else nothing.
     */
    static String titleFromText(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        if (end < 0) {
            return "";
        }
        String first = stripped.substring(0, end).strip();
        return first.length() <= MAX_TITLE_FROM_TEXT ? first : "";
    }

    /** The longest first line of a text taken for its title. */
    private static final int MAX_TITLE_FROM_TEXT = 200;

    /**
     * An ISO-8601 time with an offset, a local date and time (taken as UTC), a date alone (that day's start in UTC),
     * or another form feeds write, such as RFC 1123 (read by the extractor's lenient {@link DateParser}).
     */
    static Instant instant(String text, int number) throws BadLineException {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // tried in turn below
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // tried in turn below
        }
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            // the lenient reader below
        }
        // The dates feeds write: RFC 1123 ("Tue, 22 Aug 2017 14:39:05 +0530") and the other common forms.
        Instant lenient = DateParser.parse(value);
        if (lenient != null) {
            return lenient;
        }
        throw new BadLineException(
                number,
                "\"published\" is not a date or time (such as 2013-05-03, 2013-05-03T10:15:00Z or"
                        + " Fri, 03 May 2013 10:15:00 GMT): " + text);
    }

    /**
     * Embeds every line with {@code embed} (in parallel) into the clusterer's articles, in the same order; each
     * article's id is its line's index in {@code lines}.
     */
    static List<ClusterArticle> embed(List<Line> lines, Function<String, float[]> embed) {
        return IntStream.range(0, lines.size())
                .parallel()
                .mapToObj(i -> {
                    Line l = lines.get(i);
                    return new ClusterArticle(
                            i,
                            l.title(),
                            l.text(),
                            l.published(),
                            l.source(),
                            l.language(),
                            embed.apply(l.embeddingText()));
                })
                .toList();
    }

    /** Writes {@code {"id", "story"}} for each line, in the order of {@code lines}; {@code stories} is by index. */
    static void write(List<Line> lines, Map<Long, String> stories, Writer out) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode line = JsonLines.JSON.createObjectNode();
            line.put("id", lines.get(i).id());
            line.put("story", stories.get((long) i));
            out.write(JsonLines.JSON.writeValueAsString(line));
            out.write('\n');
        }
        out.flush();
    }
}
