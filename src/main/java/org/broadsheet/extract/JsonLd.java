package org.broadsheet.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/** Reads the article object of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}...). */
final class JsonLd {
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "Article",
            "NewsArticle",
            "ReportageNewsArticle",
            "AnalysisNewsArticle",
            "OpinionNewsArticle",
            "ReviewNewsArticle",
            "BackgroundNewsArticle",
            "BlogPosting",
            "LiveBlogPosting",
            "SocialMediaPosting",
            "TechArticle",
            "ScholarlyArticle",
            "Report",
            "SatiricalArticle");
    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_NODES = 10_000;
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final Evaluator SCRIPT = Queries.of("script[type~=(?i)application/ld\\+json]");
    private static final String CDATA_START = "<![CDATA[";
    private static final String CDATA_END = "]]>";
    /** The schema.org prefix some pages give their types. */
    private static final Pattern SCHEMA_ORG = Pattern.compile("^(?:https?://)?schema\\.org/");

    /** The fields Broadsheet uses from the page's article object; all may be absent. */
    record Article(
            @Nullable String headline,
            @Nullable String name,
            @Nullable String byline,
            @Nullable String published,
            @Nullable String image,
            @Nullable String publisher,
            @Nullable String language,
            @Nullable String description) {

        /**
         * The article's title on a page titled {@code pageTitle}: its headline, unless the object also has a name, not
         * the publisher's, that resembles the page's title more. Some sites put a one-line description in the headline
         * (Wikipedia's "constitutional monarchy in Oceania" for "New Zealand"), others their own name in the name.
         */
        @Nullable
        String title(String pageTitle) {
            if (headline == null || name == null || headline.equals(name)) {
                return headline != null ? headline : name;
            }
            if (name.strip().equalsIgnoreCase(publisher == null ? "" : publisher.strip())) {
                return headline;
            }
            return similarity(name, pageTitle) > similarity(headline, pageTitle) ? name : headline;
        }

        /**
         * How much of {@code title} {@code text} covers, as Readability measures it: one minus the share of the
         * title's words (counted in characters) that are not among the text's words; 0 for a title without words.
         */
        static double similarity(String text, String title) {
            List<String> words = words(title);
            if (words.isEmpty()) {
                return 0;
            }
            Set<String> known = Set.copyOf(words(text));
            String all = String.join(" ", words);
            String unknown = String.join(
                    " ", words.stream().filter(w -> !known.contains(w)).toList());
            return 1 - (double) unknown.length() / all.length();
        }

        private static List<String> words(String text) {
            return WORD_BREAKS
                    .splitAsStream(text.toLowerCase(Locale.ROOT))
                    .filter(w -> !w.isEmpty())
                    .toList();
        }
    }

    private JsonLd() {}

    /** Returns the first article object in the page's JSON-LD, or null when there is none or it is not JSON. */
    static @Nullable Article read(PageIndex page) {
        List<JsonNode> objects = new ArrayList<>();
        Document doc = page.document();
        for (Element script : page.scripts()) {
            if (!SCRIPT.matches(doc, script)) {
                continue;
            }
            try {
                String data = script.data();
                data = withoutCdata(data);
                flatten(MAPPER.readTree(data), objects);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common and harmless: the page's meta tags still count.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : objects) {
            if (node.path("@id").isTextual()) {
                byId.putIfAbsent(node.path("@id").asText(), node);
            }
        }
        for (JsonNode node : objects) {
            if (isArticle(node)) {
                return toArticle(node, byId);
            }
        }
        return null;
    }

    /**
     * {@code data} without the CDATA wrapper some pages put around their JSON-LD, which is not JSON: what
     * {@code replaceAll("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$", "")} gives, without running that pattern along the whole
     * script (it cost tens of microseconds on long ones). The end marker only counts followed by nothing but
     * whitespace and, as {@code $} allows, one final line terminator.
     */
    static String withoutCdata(String data) {
        int n = data.length();
        int start = spaces(data, 0);
        start = data.startsWith(CDATA_START, start) ? start + CDATA_START.length() : 0;
        int end = data.lastIndexOf(CDATA_END);
        if (end < start) {
            return start == 0 ? data : data.substring(start);
        }
        int after = spaces(data, end + CDATA_END.length());
        boolean last = after == n || after == n - 1 && isLineTerminator(data.charAt(after));
        if (!last) {
            return start == 0 ? data : data.substring(start);
        }
        return data.substring(start, end) + data.substring(after);
    }

    /** The index of the first character at or after {@code from} that {@code \\s} does not match. */
    private static int spaces(String s, int from) {
        int i = from;
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The line terminators {@code \\s} leaves out, before which {@code $} also matches at the end. */
    private static boolean isLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Collects every object in {@code root}, looking into arrays and {@code @graph}, without recursion. */
    private static void flatten(@Nullable JsonNode root, List<JsonNode> into) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        if (root != null) {
            pending.add(root);
        }
        while (!pending.isEmpty() && into.size() < MAX_NODES) {
            JsonNode node = pending.removeFirst();
            if (node.isArray()) {
                node.forEach(pending::add);
            } else if (node.isObject()) {
                into.add(node);
                if (node.has("@graph")) {
                    pending.add(node.get("@graph"));
                }
                if (node.path("mainEntity").isObject()) {
                    pending.add(node.get("mainEntity"));
                }
            }
        }
    }

    private static boolean isArticle(JsonNode node) {
        for (String type : texts(node.get("@type"))) {
            if (ARTICLE_TYPES.contains(SCHEMA_ORG.matcher(type).replaceFirst(""))) {
                return true;
            }
        }
        return false;
    }

    private static Article toArticle(JsonNode node, Map<String, JsonNode> byId) {
        String headline = text(node.get("headline"));
        Set<String> authors = new LinkedHashSet<>();
        for (JsonNode author : elements(node.get("author"))) {
            JsonNode resolved = resolve(author, byId);
            String name = resolved.isTextual() ? resolved.asText() : text(resolved.get("name"));
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                authors.add(name.strip());
            }
        }
        String image = null;
        for (JsonNode img : elements(node.get("image"))) {
            JsonNode resolved = resolve(img, byId);
            image = resolved.isTextual() ? resolved.asText() : text(resolved.get("url"));
            if (image != null) {
                break;
            }
        }
        JsonNode publisher = resolve(node.path("publisher"), byId);
        JsonNode language = node.path("inLanguage");
        String lang = language.isObject() ? text(language.get("alternateName")) : text(language);
        return new Article(
                headline,
                text(node.get("name")),
                authors.isEmpty() ? null : String.join(", ", authors),
                text(node.get("datePublished")),
                image,
                publisher.isTextual() ? publisher.asText() : text(publisher.get("name")),
                lang,
                text(node.get("description")));
    }

    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node.isObject() && node.size() == 1 && node.path("@id").isTextual()) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private static List<JsonNode> elements(@Nullable JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        if (node.isArray()) {
            node.forEach(list::add);
        } else {
            list.add(node);
        }
        return list;
    }

    private static List<String> texts(@Nullable JsonNode node) {
        List<String> list = new ArrayList<>();
        for (JsonNode n : elements(node)) {
            if (n.isTextual()) {
                list.add(n.asText());
            }
        }
        return list;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
