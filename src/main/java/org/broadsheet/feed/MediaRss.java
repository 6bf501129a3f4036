package org.broadsheet.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/** Reads Media RSS ({@code media:content}, {@code media:thumbnail}, {@code media:group}) from an entry's markup. */
final class MediaRss {
    private MediaRss() {}

    /** The first {@code media:title}, directly in the entry or in its {@code media:group}; null if none. */
    static @Nullable String title(List<Element> elements) {
        for (Element element : elements) {
            if (!isMediaNamespace(element.getNamespaceURI())) {
                continue;
            }
            Element title = element.getName().equals("title")
                    ? element
                    : element.getName().equals("group") ? element.getChild("title", element.getNamespace()) : null;
            if (title != null && !title.getText().isBlank()) {
                return title.getText();
            }
        }
        return null;
    }

    static List<Enclosure> enclosures(List<Element> elements, @Nullable URI base) {
        List<Enclosure> found = new ArrayList<>();
        for (Element element : elements) {
            collect(element, base, found, 0);
        }
        return found;
    }

    private static void collect(Element element, @Nullable URI base, List<Enclosure> found, int depth) {
        if (depth > 3 || !isMediaNamespace(element.getNamespaceURI())) {
            return;
        }
        switch (element.getName()) {
            case "content", "thumbnail" -> {
                String url = Links.absoluteHttp(base, element.getAttributeValue("url"));
                if (url != null) {
                    found.add(new Enclosure(
                            url,
                            SyndFeedMapper.blankToNull(element.getAttributeValue("type")),
                            length(element.getAttributeValue("fileSize"))));
                }
                for (Element child : element.getChildren()) {
                    collect(child, base, found, depth + 1);
                }
            }
            case "group" -> {
                for (Element child : element.getChildren()) {
                    collect(child, base, found, depth + 1);
                }
            }
            default -> {}
        }
    }

    private static boolean isMediaNamespace(String uri) {
        // Feeds spell the namespace with and without the final slash.
        return uri.startsWith("http://search.yahoo.com/mrss");
    }

    private static @Nullable Long length(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            long length = Long.parseLong(value.strip());
            return length > 0 ? length : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
