package org.broadsheet.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.broadsheet.store.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * OPML subscription lists, the format feed readers use to move their feeds: reading one leniently (OPML 1.0 and 2.0,
 * folders as nested outlines) and writing one (OPML 2.0).
 */
public final class Opml {
    private Opml() {}

    /**
     * The feeds of an OPML document, in document order: every outline with an {@code xmlUrl} whose type is
     * {@code rss}, {@code atom} or absent. Outlines without one are folders, and their names make the category path of
     * the feeds inside; a feed in no folder takes the first path of its {@code category} attribute, if any. Document
     * type declarations are never processed, so entities cannot read files or addresses.
     *
     * @throws OpmlException with {@link OpmlException#NOT_OPML} when the root element is not {@code <opml>}
     */
    public static List<OpmlOutline> read(byte[] body) throws OpmlException {
        Objects.requireNonNull(body, "body");
        Element root = root(parse(body));
        if (root == null || !root.tagName().equalsIgnoreCase("opml")) {
            String found = root == null ? "no XML element" : "a <" + root.tagName() + "> document";
            throw new OpmlException(OpmlException.NOT_OPML, "Not an OPML document: found " + found + ".");
        }
        List<OpmlOutline> outlines = new ArrayList<>();
        // An explicit stack rather than recursion, so that absurdly deep nesting cannot overflow the thread's stack.
        Deque<Folder> pending = new ArrayDeque<>();
        pushChildren(pending, root, List.of());
        while (!pending.isEmpty()) {
            Folder next = pending.pop();
            Element outline = next.element();
            String xmlUrl = attribute(outline, "xmlUrl");
            String name = firstNonBlank(attribute(outline, "title"), attribute(outline, "text"));
            if (xmlUrl == null) {
                List<String> path = new ArrayList<>(next.path());
                if (name != null && outline.tagName().equalsIgnoreCase("outline")) {
                    path.add(name);
                }
                pushChildren(pending, outline, path);
                continue;
            }
            if (isFeedType(attribute(outline, "type"))) {
                String category =
                        next.path().isEmpty() ? categoryAttribute(attribute(outline, "category")) : path(next.path());
                outlines.add(new OpmlOutline(
                        name == null ? xmlUrl : name,
                        xmlUrl,
                        attribute(outline, "htmlUrl"),
                        attribute(outline, "language"),
                        category));
            }
            pushChildren(pending, outline, next.path());
        }
        return List.copyOf(outlines);
    }

    /**
     * An OPML 2.0 document listing {@code sources}, with folders nested by their category paths, feeds in the order
     * given, and {@code now} as its creation date.
     */
    public static String write(List<Source> sources, Instant now) {
        return OpmlWriter.write(sources, now);
    }

    /** An element still to visit, with the folder path it sits in. */
    private record Folder(Element element, List<String> path) {}

    private static Document parse(byte[] body) {
        try {
            // jsoup's XML parser keeps a DOCTYPE as an inert node and leaves unknown entities as text.
            return Jsoup.parse(new ByteArrayInputStream(body), null, "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static @Nullable Element root(Document document) {
        return document.children().isEmpty() ? null : document.child(0);
    }

    private static void pushChildren(Deque<Folder> pending, Element parent, List<String> path) {
        List<Element> children = parent.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            Element child = children.get(i);
            String tag = child.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("outline") || tag.equals("body")) {
                pending.push(new Folder(child, path));
            }
        }
    }

    /** The attribute's value, stripped, whatever the case of its name; null when absent or blank. */
    private static @Nullable String attribute(Element element, String name) {
        for (Attribute a : element.attributes()) {
            if (a.getKey().equalsIgnoreCase(name)) {
                String value = a.getValue().strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static boolean isFeedType(@Nullable String type) {
        return type == null || type.equalsIgnoreCase("rss") || type.equalsIgnoreCase("atom");
    }

    /** The first path of an OPML 2.0 category attribute ("/World/Europe,/Tags/x" gives "World/Europe"). */
    private static @Nullable String categoryAttribute(@Nullable String value) {
        if (value == null) {
            return null;
        }
        for (String entry : value.split(",")) {
            String path = path(Arrays.asList(entry.split("/")));
            if (path != null) {
                return path;
            }
        }
        return null;
    }

    private static @Nullable String path(List<String> names) {
        String joined = names.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .map(n -> n.replace('/', '-'))
                .collect(Collectors.joining("/"));
        return joined.isEmpty() ? null : joined;
    }

    private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
