package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes many elements at once. Removing children one by one costs a scan of the siblings each time, which is
 * quadratic on the flat, huge sibling lists that hostile pages produce; rebuilding each parent's child list once is
 * linear.
 */
final class BulkRemoval {
    private static final int REBUILD_ABOVE = 16;

    private BulkRemoval() {}

    /** Detaches every element of {@code doomed} from its parent. */
    static void removeAll(List<Element> doomed) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element el : doomed) {
            Element parent = el.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>()))
                        .add(el);
            }
        }
        for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            Set<Node> gone = entry.getValue();
            if (gone.size() <= REBUILD_ABOVE) {
                gone.forEach(Node::remove);
                continue;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }
}
