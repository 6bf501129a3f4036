package org.broadsheet.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Another parser's expected output (gofeed's or feed-rs's JSON), read field by field against ours. Only the fields our
 * model holds are compared: the feed's title, link, description, language and update time; each entry's id, title,
 * link, dates, author, summary and content; and the number of entries.
 */
enum ExpectedJson {
    /** gofeed's universal model ({@code translator/}, {@code extensions/}). */
    GOFEED_UNIVERSAL(
            "/items",
            Map.of(
                    "title",
                    "/title",
                    "link",
                    "/link",
                    "description",
                    "/description",
                    "language",
                    "/language",
                    "updated",
                    "/updatedParsed"),
            Map.of(
                    "id",
                    "/guid",
                    "title",
                    "/title",
                    "link",
                    "/link",
                    "published",
                    "/publishedParsed",
                    "updated",
                    "/updatedParsed",
                    "author",
                    "/author/name",
                    "summary",
                    "/description",
                    "content",
                    "/content")),
    /** gofeed's RSS model ({@code parser/rss/}). */
    GOFEED_RSS(
            "/items",
            Map.of("title", "/title", "link", "/link", "description", "/description", "language", "/language"),
            Map.of(
                    "id",
                    "/guid/value",
                    "title",
                    "/title",
                    "link",
                    "/link",
                    "published",
                    "/pubDateParsed",
                    "summary",
                    "/description",
                    "content",
                    "/content")),
    /** gofeed's Atom model ({@code parser/atom/}); {@code alternate} stands for the first alternate link. */
    GOFEED_ATOM(
            "/entries",
            Map.of(
                    "title",
                    "/title",
                    "link",
                    "alternate",
                    "description",
                    "/subtitle",
                    "language",
                    "/language",
                    "updated",
                    "/updatedParsed"),
            Map.of(
                    "id",
                    "/id",
                    "title",
                    "/title",
                    "link",
                    "alternate",
                    "published",
                    "/publishedParsed",
                    "updated",
                    "/updatedParsed",
                    "author",
                    "/authors/0/name",
                    "summary",
                    "/summary",
                    "content",
                    "/content/value")),
    /** gofeed's JSON Feed model ({@code parser/json/}). */
    GOFEED_JSON(
            "/items",
            Map.of("title", "/title", "link", "/home_page_url", "description", "/description", "language", "/language"),
            Map.of(
                    "id",
                    "/id",
                    "title",
                    "/title",
                    "link",
                    "/url",
                    "published",
                    "/date_published",
                    "updated",
                    "/date_modified",
                    "author",
                    "/authors/0/name",
                    "summary",
                    "/summary",
                    "content",
                    "/content_html")),
    /** feed-rs's normalised model ({@code *.serde.json}); its generated ids (32 hex digits) are left out. */
    FEED_RS(
            "/entries",
            Map.of(
                    "title",
                    "/title/content",
                    "link",
                    "/links/0/href",
                    "description",
                    "/description/content",
                    "language",
                    "/language",
                    "updated",
                    "/updated"),
            Map.of(
                    "id",
                    "/id",
                    "title",
                    "/title/content",
                    "link",
                    "/links/0/href",
                    "published",
                    "/published",
                    "updated",
                    "/updated",
                    "author",
                    "/authors/0/name",
                    "summary",
                    "/summary/content",
                    "content",
                    "/content/body"));

    /** Agreements out of the fields compared, for one document or summed over many. */
    record Agreement(int agreed, int compared) {
        Agreement plus(Agreement other) {
            return new Agreement(agreed + other.agreed, compared + other.compared);
        }
    }

    private final String entriesPointer;
    private final Map<String, String> feedFields;
    private final Map<String, String> entryFields;

    ExpectedJson(String entriesPointer, Map<String, String> feedFields, Map<String, String> entryFields) {
        this.entriesPointer = entriesPointer;
        this.feedFields = feedFields;
        this.entryFields = entryFields;
    }

    /** Compares every field the expectation states (and our model holds) with {@code actual}, null if parsing failed. */
    Agreement compare(JsonNode expected, @Nullable ParsedFeed actual) {
        int[] counts = new int[2];
        FeedInfo info = actual == null ? null : actual.feed();
        feedFields.forEach((field, pointer) ->
                check(counts, field, value(expected, pointer), info == null ? null : feed(info, field)));
        JsonNode entries = expected.at(entriesPointer);
        if (entries.isArray()) {
            int ours = actual == null ? -1 : actual.entries().size();
            check(counts, "count", String.valueOf(entries.size()), String.valueOf(ours));
            for (int i = 0; i < entries.size(); i++) {
                FeedEntry entry = actual != null && i < actual.entries().size()
                        ? actual.entries().get(i)
                        : null;
                JsonNode node = entries.get(i);
                entryFields.forEach((field, pointer) ->
                        check(counts, field, value(node, pointer), entry == null ? null : entry(entry, field)));
            }
        }
        return new Agreement(counts[0], counts[1]);
    }

    private void check(int[] counts, String field, @Nullable String expected, @Nullable Object actual) {
        if (expected == null
                || expected.isBlank()
                || this == FEED_RS && field.equals("id") && expected.matches("[0-9a-f]{32}")) {
            return;
        }
        counts[1]++;
        if (actual != null && agrees(field, expected, actual)) {
            counts[0]++;
        }
    }

    private static boolean agrees(String field, String expected, Object actual) {
        if (actual instanceof Instant instant) {
            Instant wanted = instant(expected);
            return instant.equals(wanted);
        }
        String ours = actual.toString();
        return switch (field) {
            case "link", "id", "count" -> expected.strip().equals(ours.strip());
            case "language" -> expected.strip().equalsIgnoreCase(ours.strip());
            default -> ExpectedText.equivalent(expected, ours, true);
        };
    }

    private static @Nullable Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable String value(JsonNode node, String pointer) {
        if (pointer.equals("alternate")) {
            for (JsonNode link : node.path("links")) {
                String rel = link.path("rel").asText("alternate");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return link.path("href").asText(null);
                }
            }
            return null;
        }
        JsonNode value = node.at(pointer);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static @Nullable Object feed(FeedInfo info, String field) {
        Function<FeedInfo, @Nullable Object> getter = switch (field) {
            case "title" -> FeedInfo::title;
            case "link" -> FeedInfo::link;
            case "description" -> FeedInfo::description;
            case "language" -> FeedInfo::language;
            case "updated" -> FeedInfo::updated;
            default -> throw new IllegalArgumentException("feed field " + field);
        };
        return getter.apply(info);
    }

    private static @Nullable Object entry(FeedEntry entry, String field) {
        return switch (field) {
            case "id" -> entry.id();
            case "title" -> entry.title();
            case "link" -> entry.link();
            case "published" -> entry.published();
            case "updated" -> entry.updated();
            case "author" -> entry.author();
            case "summary" -> entry.summary();
            case "content" -> entry.content();
            default -> throw new IllegalArgumentException("entry field " + field);
        };
    }
}
