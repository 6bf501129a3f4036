package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element that holds the article, the way Readability does: paragraphs score by length and commas, pass
 * their score to their parent (in full) and grandparent (half), and the best-scoring ancestor, discounted by its
 * link density, wins.
 */
final class ContentScorer {
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of(
            "a",
            "blockquote",
            "dl",
            "div",
            "img",
            "ol",
            "p",
            "pre",
            "table",
            "ul",
            "section",
            "article",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "footer",
            "main",
            "aside");
    private static final int MIN_PARAGRAPH = 25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** The body's counts, taken by {@link #topCandidate}; {@link #stats} reuses them. */
    private @Nullable SubtreeCounts counts;

    /** Returns the best candidate in {@code doc}, or null when no paragraph is long enough to score. */
    @Nullable
    Element topCandidate(Document doc) {
        List<Element> paragraphs = paragraphs(doc);
        // One bottom-up count of the body serves every paragraph and candidate: measuring each on its own walked
        // nested sections and the candidates' subtrees (which nest five deep) again and again.
        SubtreeCounts counts = SubtreeCounts.of(doc.body());
        this.counts = counts;
        Deadline deadline = Deadline.current();
        for (Element el : paragraphs) {
            deadline.tick();
            SubtreeCounts.Counts stats = counts.get(el);
            if (stats.length < MIN_PARAGRAPH || el.parent() == null) {
                continue;
            }
            double score = 2 + stats.commas + Math.min(stats.length / 100, 3);
            int level = 0;
            for (Element a = el.parent(); a != null && level < 5; a = a.parent(), level++) {
                if (a.nameIs("body") || a.nameIs("html") || a.nameIs("#root")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.computeIfAbsent(a, k -> (double) baseScore(k));
                scores.merge(a, score / divider, Double::sum);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - counts.get(entry.getKey()).linkDensity());
            entry.setValue(score);
            if (top == null || score > best) {
                top = entry.getKey();
                best = score;
            }
        }
        return top == null ? null : climb(top);
    }

    /**
     * The text measures of {@code el}, from the counts {@link #topCandidate} took (the same figures as
     * {@link TextStats#of(Element)}, without walking the subtree again); valid while the page is unchanged since.
     */
    TextStats stats(Element el) {
        SubtreeCounts.Counts c = counts == null ? null : counts.find(el);
        return c == null ? TextStats.of(el) : new TextStats(c.length, c.linkLength, c.commas);
    }

    /** The counts {@link #topCandidate} took of the page's body, or null before it ran. */
    @Nullable
    SubtreeCounts counts() {
        return counts;
    }

    /** The final score of {@code el}, or 0 when it was not a candidate. */
    double score(Element el) {
        return scores.getOrDefault(el, 0.0);
    }

    /** Moves up from {@code top} while a parent scores as well, so that split articles come out whole. */
    private Element climb(Element top) {
        double topScore = score(top);
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getKey() != top && e.getValue() >= topScore * 0.75) {
                alternatives.add(e.getKey());
            }
        }
        Element result = top;
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && !parent.nameIs("body"); parent = parent.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(parent, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    result = parent;
                    break;
                }
            }
        }
        double last = score(result);
        double threshold = last / 3;
        for (Element parent = result.parent(); parent != null && !parent.nameIs("body"); parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                continue;
            }
            double parentScore = score(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > last) {
                result = parent;
                break;
            }
            last = parentScore;
        }
        while (result.parent() != null
                && !result.parent().nameIs("body")
                && result.parent().childrenSize() == 1) {
            result = result.parent();
        }
        return result;
    }

    private static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Collects the elements to score; a div holding only inline content counts as a paragraph and becomes one. */
    private static List<Element> paragraphs(Document doc) {
        List<Element> result = new ArrayList<>();
        Deadline deadline = Deadline.current();
        for (Element el : Descendants.all(doc.body())) {
            deadline.tick();
            String tag = el.normalName();
            if (SCORED.contains(tag)) {
                result.add(el);
            } else if (tag.equals("div") && !hasBlockChild(el) && hasText(el)) {
                el.tagName("p");
                result.add(el);
            }
        }
        return result;
    }

    private static boolean hasBlockChild(Element el) {
        for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(Element el) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return el.childrenSize() > 0;
    }

    private static int baseScore(Element el) {
        int base = switch (el.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (el.attr("itemprop").equals("articleBody")) {
            base += 25;
        }
        return base + Hints.weight(el);
    }
}
