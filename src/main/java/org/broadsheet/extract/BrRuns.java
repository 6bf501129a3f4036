package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns runs of two or more {@code <br>} into paragraphs, as Readability's "replaceBrs" does: many pages separate
 * paragraphs with {@code <br><br>} instead of {@code <p>}. In each element that holds such a run, the inline content
 * between runs is wrapped in {@code <p>} (block children stay as they are), the runs go, and a {@code <p>} that held
 * them (or an inline element such as {@code <font>}) becomes a {@code <div>}, since paragraphs cannot nest. A single {@code <br>} stays a line break.
 */
final class BrRuns {
    /** Phrasing content: what may sit inside a paragraph. Anything else is a block and ends a paragraph. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
            "kbd", "label", "mark", "math", "picture", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
            "sup", "time", "tt", "u", "var", "wbr", "audio", "video", "source", "big", "acronym");

    private BrRuns() {}

    /**
     * Rewrites every element that holds a run of breaks, given {@code breaks}: the {@code br} elements under the root
     * to rewrite (the page's body), in document order. True when it changed the page.
     */
    static boolean toParagraphs(List<Element> breaks) {
        Set<Element> parents = new LinkedHashSet<>();
        for (Element br : breaks) {
            Deadline.checkpoint();
            Element parent = br.parent();
            if (parent != null && !parents.contains(parent) && startsRun(br)) {
                parents.add(parent);
            }
        }
        boolean changed = false;
        for (Element parent : parents) {
            Deadline.checkpoint();
            if (parent.nameIs("pre") || parent.closest(Queries.of("pre, code, table")) != null) {
                continue;
            }
            rewrite(parent);
            changed = true;
        }
        return changed;
    }

    /** True when the next sibling of {@code br}, past blank text, is another {@code br}. */
    private static boolean startsRun(Element br) {
        Node next = br.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next instanceof Element e && e.nameIs("br");
    }

    private static void rewrite(Element parent) {
        List<Node> children = new ArrayList<>(parent.childNodes());
        List<List<Node>> groups = new ArrayList<>();
        List<Node> inline = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Node node = children.get(i);
            if (node instanceof Element br && br.nameIs("br") && startsRun(br)) {
                // Skip the whole run: the breaks and the blank text between them.
                int j = i + 1;
                while (j < children.size() && (isBr(children.get(j)) || isBlank(children.get(j)))) {
                    j++;
                }
                groups.add(inline);
                inline = new ArrayList<>();
                groups.add(null);
                i = j - 1;
            } else if (node instanceof Element el && !INLINE.contains(el.normalName())) {
                groups.add(inline);
                inline = new ArrayList<>();
                groups.add(List.of(node));
            } else {
                inline.add(node);
            }
        }
        groups.add(inline);

        parent.empty();
        for (List<Node> group : groups) {
            if (group == null || group.isEmpty()) {
                continue;
            }
            if (group.size() == 1
                    && group.getFirst() instanceof Element block
                    && !INLINE.contains(block.normalName())) {
                parent.appendChild(block);
                continue;
            }
            List<Node> trimmed = trim(group);
            if (!trimmed.isEmpty()) {
                Element p = parent.appendElement("p");
                trimmed.forEach(p::appendChild);
            }
        }
        if (parent.nameIs("p") || INLINE.contains(parent.normalName())) {
            parent.tagName("div");
        }
    }

    /** The group without blank text and single breaks at either end; empty when nothing else is left. */
    private static List<Node> trim(List<Node> group) {
        int start = 0;
        int end = group.size();
        while (start < end && (isBlank(group.get(start)) || isBr(group.get(start)))) {
            start++;
        }
        while (end > start && (isBlank(group.get(end - 1)) || isBr(group.get(end - 1)))) {
            end--;
        }
        return group.subList(start, end);
    }

    private static boolean isBr(Node node) {
        return node instanceof Element e && e.nameIs("br");
    }

    private static boolean isBlank(Node node) {
        return node instanceof TextNode t && t.isBlank();
    }
}
