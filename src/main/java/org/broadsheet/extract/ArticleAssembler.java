package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * Builds the article body around the top candidate: switches to the page's own article container when it agrees
 * with the scoring, then adds the siblings that look like more of the same article.
 */
final class ArticleAssembler {
    private ArticleAssembler() {}

    /**
     * Returns a new {@code div} holding the article's elements, moved out of {@code doc} (which the caller no longer
     * reads), so that they are not copied and the scorer's counts of them still hold. A paragraph before the article
     * that repeats the page's {@code description} is left out: it is the standfirst of the page's header.
     */
    static Element assemble(Document doc, ContentScorer scorer, Element top, @Nullable String description) {
        Element chosen = preferMarkedContainer(doc, scorer, top);
        Element wrapper = doc.createElement("div");
        Element parent = chosen.parent();
        if (parent == null || chosen.nameIs("body")) {
            wrapper.appendChildren(chosen.childNodesCopy());
            return wrapper;
        }
        double topScore = scorer.score(chosen);
        double threshold = Math.max(10, topScore * 0.2);
        boolean beforeChosen = true;
        List<Element> taken = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == chosen) {
                beforeChosen = false;
                taken.add(sibling);
            } else if (belongs(sibling, chosen, scorer, topScore, threshold)
                    && !(beforeChosen && ContentPolisher.sameText(sibling.text(), description))) {
                taken.add(sibling);
            }
        }
        // Detached all at once, then appended: moving them one by one would shift a long sibling list each time.
        BulkRemoval.removeAll(taken);
        wrapper.appendChildren(taken);
        return wrapper;
    }

    private static boolean belongs(Element sibling, Element top, ContentScorer scorer, double topScore, double min) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
        if (scorer.score(sibling) > 0 && scorer.score(sibling) + bonus >= min) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        TextStats stats = scorer.stats(sibling);
        if (stats.length() > 80) {
            return stats.linkDensity() < 0.25;
        }
        String text = sibling.text();
        return stats.length() > 0 && stats.linkLength() == 0 && (text.endsWith(".") || text.contains(". "));
    }

    /**
     * Uses {@code [itemprop=articleBody]}, a single {@code <article>} or {@code <main>} instead of {@code top} when
     * one contains the other and the marked container holds mostly paragraph text rather than links.
     */
    private static Element preferMarkedContainer(Document doc, ContentScorer scorer, Element top) {
        Element marked = markedContainer(doc);
        if (marked == null || marked == top) {
            return top;
        }
        TextStats markedStats = scorer.stats(marked);
        TextStats topStats = scorer.stats(top);
        boolean markedInsideTop = isAncestor(top, marked);
        if (markedInsideTop) {
            // The scorer went too wide (comments, sidebars): narrow to the marked body if it has most of the text.
            return markedStats.length() >= topStats.length() * 0.5 && markedStats.length() > 200 ? marked : top;
        }
        boolean topInsideMarked = isAncestor(marked, top);
        if (topInsideMarked && markedStats.linkDensity() < 0.25 && topStats.length() >= markedStats.length() * 0.4) {
            return marked;
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first {@code [itemprop=articleBody]}, else the only {@code article}, else the only {@code main, [role=main]}
     * element; null when there is none. One walk of the page answers all three queries.
     */
    private static @Nullable Element markedContainer(Document doc) {
        Evaluator articleBody = Queries.of("[itemprop=articleBody]");
        Evaluator main = Queries.of("main, [role=main]");
        Element firstArticle = null;
        Element firstMain = null;
        int articles = 0;
        int mains = 0;
        Deadline deadline = Deadline.current();
        for (Element el = doc; el != null; el = Descendants.next(doc, el)) {
            deadline.tick();
            if (articleBody.matches(doc, el)) {
                return el;
            }
            if (el.nameIs("article") && articles++ == 0) {
                firstArticle = el;
            }
            if (main.matches(doc, el) && mains++ == 0) {
                firstMain = el;
            }
        }
        return articles == 1 ? firstArticle : mains == 1 ? firstMain : null;
    }
}
