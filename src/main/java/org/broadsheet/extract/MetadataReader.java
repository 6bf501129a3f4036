package org.broadsheet.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/** Reads a page's metadata, preferring JSON-LD, then OpenGraph and other meta tags, then the markup itself. */
final class MetadataReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Evaluator WITH_CONTENT = Queries.of("meta[content]");
    private static final Evaluator DATED = Queries.of("[datetime]");
    private static final String[] NAME_KEYS = {"property", "name", "itemprop", "http-equiv"};

    private MetadataReader() {}

    /** Reads the metadata of the page {@code page} indexes, whose base URI resolves relative links. */
    static PageMetadata read(PageIndex page) {
        Document doc = page.document();
        Map<String, String> meta = metaTags(page);
        JsonLd.Article ld = JsonLd.read(page);
        String pageTitle = doc.title();
        Element h1 = page.firstH1();
        String siteName =
                first(meta.get("og:site_name"), ld == null ? null : ld.publisher(), meta.get("application-name"));
        String title = first(
                ld == null ? null : ld.title(pageTitle),
                meta.get("og:title"),
                meta.get("twitter:title"),
                meta.get("dc.title"),
                pageTitle);
        if (title == null) {
            title = first(textOf(h1));
        }
        // The link elements are searched only when no earlier source has a value: first() takes the first non-blank.
        String image = first(
                ld == null ? null : ld.image(),
                meta.get("og:image"),
                meta.get("og:image:url"),
                meta.get("og:image:secure_url"),
                meta.get("twitter:image"),
                meta.get("twitter:image:src"));
        if (image == null) {
            image = first(attr(page, page.links(), "link[rel=image_src]", "href"));
        }
        String canonical = first(attr(page, page.links(), "link[rel~=(?i)^canonical$]", "href"));
        if (canonical == null) {
            canonical = first(meta.get("og:url"));
        }
        return new PageMetadata(
                TitleCleaner.clean(title, siteName, !isConfirmedHeadline(pageTitle, h1, title)),
                Bylines.find(page, meta, ld == null ? null : ld.byline()),
                siteName,
                published(page, meta, ld),
                language(page.html(), meta, ld),
                url(doc, image),
                // Readability's order, which the corpus's expected excerpts follow.
                first(
                        ld == null ? null : ld.description(),
                        meta.get("dc.description"),
                        meta.get("dc:description"),
                        meta.get("dcterms.description"),
                        meta.get("dcterm:description"),
                        meta.get("og:description"),
                        meta.get("description"),
                        meta.get("twitter:description")),
                url(doc, canonical));
    }

    /**
     * True when the page's {@code <title>} carries {@code title} followed by more (the site name), or its
     * {@code <h1>} says the same: then {@code title} is the bare headline and no part of it should be cut.
     */
    private static boolean isConfirmedHeadline(String pageTitle, @Nullable Element h1, @Nullable String title) {
        if (title == null) {
            return false;
        }
        String spaced = SPACES.matcher(pageTitle).replaceAll(" ").strip();
        return spaced.length() > title.length() && spaced.startsWith(title)
                || h1 != null && ContentPolisher.sameText(h1.text(), title);
    }

    /** Collects meta tags by lower-cased name, property or itemprop; the first of each name wins. */
    private static Map<String, String> metaTags(PageIndex page) {
        Map<String, String> meta = new HashMap<>();
        Document doc = page.document();
        for (Element el : page.metas()) {
            if (!WITH_CONTENT.matches(doc, el)) {
                continue;
            }
            String content = el.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : NAME_KEYS) {
                String names = el.attr(key);
                if (!names.isEmpty()) {
                    putNames(names.toLowerCase(Locale.ROOT), content, meta);
                }
            }
        }
        return meta;
    }

    /** Puts {@code content} under each whitespace-separated name in {@code names}, as {@code split("\\s+")} cuts. */
    private static void putNames(String names, String content, Map<String, String> meta) {
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            boolean space = i == names.length() || isRegexSpace(names.charAt(i));
            if (space && start >= 0) {
                meta.putIfAbsent(names.substring(start, i), content);
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
    }

    /** The characters {@code \\s} matches in a Java regular expression. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static @Nullable Instant published(PageIndex page, Map<String, String> meta, JsonLd.@Nullable Article ld) {
        String[] candidates = {
            ld == null ? null : ld.published(),
            meta.get("article:published_time"),
            meta.get("og:published_time"),
            meta.get("og:article:published_time"),
            meta.get("article:published"),
            meta.get("datepublished"),
            meta.get("pubdate"),
            meta.get("publishdate"),
            meta.get("date"),
            meta.get("dc.date"),
            meta.get("dc.date.issued"),
            meta.get("dcterms.created"),
            meta.get("dcterms.issued"),
            meta.get("dc.date.created"),
            meta.get("sailthru.date"),
            meta.get("parsely-pub-date"),
        };
        for (String candidate : candidates) {
            Instant instant = DateParser.parse(candidate);
            if (instant != null) {
                return instant;
            }
        }
        // Only when no declared date was usable: every query below asks for a datetime attribute.
        List<Element> dated = new ArrayList<>();
        Document doc = page.document();
        for (Element el : page.elements()) {
            Deadline.checkpoint();
            if (el.attributesSize() > 0 && DATED.matches(doc, el)) {
                dated.add(el);
            }
        }
        for (String query : ELEMENT_DATES) {
            Instant instant = DateParser.parse(attr(page, dated, query, "datetime"));
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** Elements carrying a publication time in {@code datetime}, most specific first. */
    private static final String[] ELEMENT_DATES = {
        "[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "time[datetime]"
    };

    private static @Nullable String language(
            @Nullable Element html, Map<String, String> meta, JsonLd.@Nullable Article ld) {
        String[] candidates = {
            html == null ? null : html.attr("lang"),
            html == null ? null : html.attr("xml:lang"),
            meta.get("content-language"),
            meta.get("language"),
            meta.get("dc.language"),
            ld == null ? null : ld.language(),
            meta.get("og:locale"),
        };
        for (String candidate : candidates) {
            String code = LanguageCodes.normalize(candidate);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static @Nullable URI url(Document doc, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            URI base = new URI(doc.location());
            URI resolved = base.resolve(new URI(value.strip().replace(" ", "%20")));
            String scheme = resolved.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web ? resolved : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The {@code attribute} of the first of {@code candidates} that {@code query} selects, or null. */
    private static @Nullable String attr(PageIndex page, List<Element> candidates, String query, String attribute) {
        Element el = page.first(candidates, Queries.of(query));
        return el == null ? null : el.attr(attribute);
    }

    private static @Nullable String textOf(@Nullable Element el) {
        return el == null ? null : el.text();
    }

    /** Returns the first value that is not blank, unescaped and with its whitespace collapsed. */
    private static @Nullable String first(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                String clean = SPACES.matcher(Parser.unescapeEntities(value, false))
                        .replaceAll(" ")
                        .strip();
                if (!clean.isEmpty()) {
                    return clean;
                }
            }
        }
        return null;
    }
}
