package org.broadsheet.extract;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Text and element counts for every element under a root, gathered in one bottom-up walk so that judging each
 * element stays linear even on deeply nested pages.
 */
final class SubtreeCounts {
    /** What one subtree holds; mutable while the walk sums children into parents. */
    static final class Counts {
        int length;
        int linkLength;
        int commas;
        int paragraphs;
        int images;
        int listItems;
        int figures;

        double linkDensity() {
            return length == 0 ? 0 : (double) linkLength / length;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private SubtreeCounts() {}

    /** Counts everything under {@code root}. */
    static SubtreeCounts of(Element root) {
        SubtreeCounts result = new SubtreeCounts();
        Deadline deadline = Deadline.current();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    /** The counts of the element open at each depth: a node's parent is the one a level up. */
                    private Counts[] open = new Counts[32];

                    @Override
                    public void head(Node node, int depth) {
                        deadline.tick();
                        if (node instanceof Element el) {
                            Counts c = new Counts();
                            result.counts.put(el, c);
                            if (depth >= open.length) {
                                open = Arrays.copyOf(open, Math.max(depth + 1, open.length * 2));
                            }
                            open[depth] = c;
                        } else if (node instanceof TextNode text && depth > 0) {
                            TextStats stats = TextStats.of(text.getWholeText());
                            Counts c = open[depth - 1];
                            c.length += stats.length();
                            c.commas += stats.commas();
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (!(node instanceof Element el)) {
                            return;
                        }
                        Counts c = open[depth];
                        switch (el.normalName()) {
                            case "a" -> c.linkLength = c.length;
                            case "p" -> c.paragraphs++;
                            case "img" -> c.images++;
                            case "li" -> c.listItems++;
                            case "figure" -> c.figures++;
                            default -> {}
                        }
                        Counts parent = depth == 0 ? null : open[depth - 1];
                        if (parent != null) {
                            parent.length += c.length;
                            parent.linkLength += c.linkLength;
                            parent.commas += c.commas;
                            parent.paragraphs += c.paragraphs;
                            parent.images += c.images;
                            parent.listItems += c.listItems;
                            parent.figures += c.figures;
                        }
                    }
                },
                root);
        return result;
    }

    /** The counts of {@code el}, or null when it was not under the root when counted. */
    @Nullable
    Counts find(Element el) {
        return counts.get(el);
    }

    /** The counts of {@code el}, or empty counts when it was not under the root when counted. */
    Counts get(Element el) {
        return counts.getOrDefault(el, new Counts());
    }
}
