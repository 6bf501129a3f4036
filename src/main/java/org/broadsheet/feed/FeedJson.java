package org.broadsheet.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of parsed feeds, as printed by {@code broadsheet parse-feed} and kept in the parser's golden files:
 * {@code {"format", "feed": {...}, "entries": [...]}} with ISO-8601 instants, or {@code {"error": {"code","message"}}}.
 */
public final class FeedJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FeedJson() {}

    /** The JSON tree of a parsed feed: {@code format}, {@code feed} and {@code entries}, in that order. */
    public static ObjectNode toTree(ParsedFeed parsed) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", parsed.format());
        FeedInfo info = parsed.feed();
        ObjectNode feed = root.putObject("feed");
        feed.put("title", info.title());
        feed.put("link", info.link());
        feed.put("description", info.description());
        feed.put("language", info.language());
        feed.put("updated", iso(info.updated()));
        ArrayNode entries = root.putArray("entries");
        for (FeedEntry entry : parsed.entries()) {
            ObjectNode e = entries.addObject();
            e.put("id", entry.id());
            e.put("title", entry.title());
            e.put("link", entry.link());
            e.put("published", iso(entry.published()));
            e.put("updated", iso(entry.updated()));
            e.put("author", entry.author());
            e.put("summary", entry.summary());
            e.put("content", entry.content());
            ArrayNode categories = e.putArray("categories");
            entry.categories().forEach(categories::add);
            ArrayNode enclosures = e.putArray("enclosures");
            for (Enclosure enclosure : entry.enclosures()) {
                ObjectNode en = enclosures.addObject();
                en.put("url", enclosure.url());
                en.put("type", enclosure.type());
                en.put("length", enclosure.length());
            }
        }
        return root;
    }

    /** The JSON tree of a document that is not a feed: {@code {"error": {"code", "message"}}}. */
    public static ObjectNode errorTree(FeedParseException error) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("code", error.code());
        e.put("message", error.getMessage());
        return root;
    }

    /** A new empty object, for callers that put their own fields first (such as {@code file}). */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code tree} on one line. */
    public static String toLine(ObjectNode tree) {
        return write(MAPPER, tree);
    }

    /** {@code tree} indented, for files that people read and diff. */
    public static String toPrettyString(ObjectNode tree) {
        return write(PRETTY, tree);
    }

    private static String write(ObjectMapper mapper, ObjectNode tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    private static @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
