package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * An element and the elements under it in document order, the order {@code select} gives, by a direct walk over
 * element children. jsoup's {@code select}, {@code getAllElements} and {@code getElementsByTag} run through a node
 * iterator and a stream per call, which profiles showed slow per node on the passes that run on every page.
 */
final class Descendants {
    private Descendants() {}

    /** {@code root} and every element under it, in document order. */
    static List<Element> all(Element root) {
        return named(root, null);
    }

    /** {@code root} and the elements under it whose normal name is in {@code names}, in document order. */
    static List<Element> named(Element root, @Nullable Set<String> names) {
        List<Element> found = new ArrayList<>();
        @Nullable Element el = root;
        Deadline deadline = Deadline.current();
        while (el != null) {
            deadline.tick();
            if (names == null || names.contains(el.normalName())) {
                found.add(el);
            }
            el = next(root, el);
        }
        return found;
    }

    /** The first of {@code root} and the elements under it that {@code query} matches, or null: {@code selectFirst}. */
    static @Nullable Element first(Element root, Evaluator query) {
        Deadline deadline = Deadline.current();
        for (Element el = root; el != null; el = next(root, el)) {
            deadline.tick();
            if (query.matches(root, el)) {
                return el;
            }
        }
        return null;
    }

    /** The element after {@code el} in document order within {@code root}, or null after the last. */
    static @Nullable Element next(Element root, Element el) {
        Element child = el.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element at = el; at != root && at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
