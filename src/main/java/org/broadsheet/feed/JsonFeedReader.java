package org.broadsheet.feed;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads JSON Feed 1.0 and 1.1 documents, which ROME does not know. */
final class JsonFeedReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    private JsonFeedReader() {}

    static ParsedFeed read(byte[] body, @Nullable URI documentUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            boolean claimsJsonFeed = new String(body, StandardCharsets.UTF_8).contains("jsonfeed.org/version");
            throw new FeedParseException(
                    claimsJsonFeed ? FeedParseFailure.MALFORMED_FEED : FeedParseFailure.NOT_A_FEED,
                    "Invalid JSON: " + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()),
                    e);
        }
        String version = root == null ? "" : root.path("version").asText("").strip();
        List<String> warnings = new ArrayList<>();
        boolean canonical = version.startsWith(VERSION_PREFIX) || version.startsWith("http://jsonfeed.org/version/");
        if (!canonical) {
            if (!looksLikeJsonFeed(root)) {
                throw new FeedParseException(FeedParseFailure.NOT_A_FEED, "JSON without a JSON Feed version", null);
            }
            warnings.add(
                    version.isEmpty()
                            ? "read a JSON Feed that declares no version"
                            : "read a JSON Feed whose version \"" + version + "\" is not a JSON Feed version URL");
        }
        String format =
                version.endsWith("/1") || version.equals("1") || version.equals("1.0") ? "json_1.0" : "json_1.1";
        URI base = documentUrl != null ? documentUrl : Links.resolve(null, text(root, "feed_url"));
        FeedInfo info = new FeedInfo(
                FeedText.plain(text(root, "title")),
                Links.absoluteHttp(base, text(root, "home_page_url")),
                FeedText.plain(text(root, "description")),
                SyndFeedMapper.blankToNull(text(root, "language")),
                null);
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (item.isObject()) {
                entries.add(entry(item, base, warnings));
            }
        }
        return new ParsedFeed(format, info, entries, warnings);
    }

    /**
     * Whether a document without the version URL is still clearly a JSON Feed: an object with a textual
     * {@code title} and an {@code items} array whose members are objects.
     */
    private static boolean looksLikeJsonFeed(@Nullable JsonNode root) {
        if (root == null || !root.isObject() || !root.path("title").isTextual()) {
            return false;
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            return false;
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static FeedEntry entry(JsonNode item, @Nullable URI base, List<String> warnings) {
        String title = FeedText.plain(text(item, "title"));
        String link = Links.absoluteHttp(base, text(item, "url"));
        if (link == null) {
            link = Links.absoluteHttp(base, text(item, "external_url"));
        }
        Instant published = date(item, "date_published", warnings);
        String content = FeedText.html(text(item, "content_html"), base);
        if (content == null) {
            content = FeedText.textToHtml(text(item, "content_text"));
        }
        String summary = FeedText.textToHtml(text(item, "summary"));
        String id = SyndFeedMapper.blankToNull(text(item, "id"));
        if (id == null) {
            id = link != null ? link : FeedText.hashId(title, published, content);
        }
        return new FeedEntry(
                id,
                title,
                link,
                published,
                date(item, "date_modified", warnings),
                author(item),
                summary,
                content,
                tags(item),
                attachments(item, base));
    }

    private static @Nullable String author(JsonNode item) {
        for (JsonNode author : item.path("authors")) {
            String name = FeedText.plain(text(author, "name"));
            if (name != null) {
                return name;
            }
        }
        return FeedText.plain(text(item.path("author"), "name"));
    }

    private static List<String> tags(JsonNode item) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode tag : item.path("tags")) {
            String name = tag.isValueNode() ? FeedText.plain(tag.asText()) : null;
            if (name != null) {
                tags.add(name);
            }
        }
        return List.copyOf(tags);
    }

    private static List<Enclosure> attachments(JsonNode item, @Nullable URI base) {
        Map<String, Enclosure> byUrl = new LinkedHashMap<>();
        for (JsonNode attachment : item.path("attachments")) {
            String url = Links.absoluteHttp(base, text(attachment, "url"));
            if (url != null) {
                JsonNode size = attachment.path("size_in_bytes");
                Long length = size.canConvertToLong() && size.asLong() > 0 ? size.asLong() : null;
                byUrl.putIfAbsent(
                        url, new Enclosure(url, SyndFeedMapper.blankToNull(text(attachment, "mime_type")), length));
            }
        }
        for (String field : new String[] {"image", "banner_image"}) {
            String url = Links.absoluteHttp(base, text(item, field));
            if (url != null) {
                byUrl.putIfAbsent(url, new Enclosure(url, null, null));
            }
        }
        return List.copyOf(byUrl.values());
    }

    private static @Nullable Instant date(JsonNode item, String field, List<String> warnings) {
        String value = SyndFeedMapper.blankToNull(text(item, field));
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                warnings.add("ignored unreadable " + field + " \"" + value + "\"");
                return null;
            }
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }
}
