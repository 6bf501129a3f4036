package org.broadsheet.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/** Decides whether an article body already opens with its lead image, so that the page does not show it twice. */
final class LeadImage {
    private LeadImage() {}

    /** True when the first thing a reader sees in {@code html} (before any text) is an image of {@code imageUrl}. */
    static boolean bodyOpensWith(String html, String imageUrl) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Node node = body;
        while ((node = next(node, body)) != null) {
            if (node instanceof TextNode text && !text.isBlank()) {
                return false;
            }
            if (node instanceof Element element && element.nameIs("img")) {
                return sameImage(element.attr("src"), imageUrl);
            }
        }
        return false;
    }

    private static boolean sameImage(String src, String imageUrl) {
        return withoutQuery(src).equals(withoutQuery(imageUrl));
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        return path.replaceFirst("^https?:", "");
    }

    /** The node after {@code node} in document order, staying inside {@code root}. */
    private static @Nullable Node next(Node node, Node root) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        Node current = node;
        while (current != root) {
            Node sibling = current.nextSibling();
            if (sibling != null) {
                return sibling;
            }
            current = current.parent();
            if (current == null) {
                return null;
            }
        }
        return null;
    }
}
