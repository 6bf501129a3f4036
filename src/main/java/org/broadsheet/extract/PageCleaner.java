package org.broadsheet.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never article content before scoring: scripts and styles, hidden elements, navigation, and
 * (when asked) blocks whose class or id marks them as chrome: comments, share bars, newsletters, ads, related links.
 */
final class PageCleaner {
    /** Queries run on many elements of a page, parsed once. */
    private static final Evaluator ARTICLE_OR_HEADLINE = QueryParser.parse("[itemprop=articleBody], article, main, h1");

    private static final Evaluator ARTICLE = QueryParser.parse("[itemprop=articleBody], article");
    private static final Set<String> ALWAYS_REMOVED = Set.of(
            "script",
            "style",
            "noscript",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "link",
            "meta",
            "template",
            "svg",
            "canvas",
            "button",
            "input",
            "select",
            "textarea",
            "dialog",
            "nav",
            "menu");
    /** Chrome by tag, unless the element holds the article itself (some sites wrap everything in a form). */
    private static final Set<String> CHROME_TAGS = Set.of("form", "aside", "footer", "header");

    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation",
            "banner",
            "complementary",
            "contentinfo",
            "dialog",
            "alertdialog",
            "menu",
            "menubar",
            "search");

    private PageCleaner() {}

    /** Cleans {@code doc} in place; with {@code useHints} false, class and id hints are ignored. */
    static void clean(Document doc, boolean useHints) {
        Deadline deadline = Deadline.current();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        deadline.tick();
                        boolean removed =
                                node instanceof Comment || (node instanceof Element el && isRemoved(el, useHints));
                        return removed ? FilterResult.REMOVE : FilterResult.CONTINUE;
                    }
                },
                doc);
    }

    private static boolean isRemoved(Element el, boolean useHints) {
        String tag = el.normalName();
        if (tag.equals("html") || tag.equals("body") || tag.equals("#root")) {
            return false;
        }
        if (ALWAYS_REMOVED.contains(tag) || isHidden(el)) {
            return true;
        }
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        boolean citation =
                tag.equals("footer") && el.parent() != null && el.parent().nameIs("blockquote");
        if ((CHROME_TAGS.contains(tag) || CHROME_ROLES.contains(role)) && !citation && !holdsArticle(el)) {
            return true;
        }
        return useHints
                && !isContentTag(tag)
                && Hints.isChrome(el)
                && !insideCodeOrTable(el)
                && Descendants.first(el, ARTICLE_OR_HEADLINE) == null;
    }

    private static boolean isContentTag(String tag) {
        return tag.equals("article") || tag.equals("main") || tag.equals("a") || tag.equals("p");
    }

    private static boolean isHidden(Element el) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        if ("true".equals(el.attr("aria-hidden")) && !el.className().contains("fallback-image")) {
            return true;
        }
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static boolean insideCodeOrTable(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.nameIs("table") || p.nameIs("code") || p.nameIs("pre")) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code el} wraps the article: a marked article body, or long paragraphs that are not links. */
    private static boolean holdsArticle(Element el) {
        // One walk for both tests: either makes the answer true, so the order they are met in does not matter.
        int paragraphText = 0;
        for (Element e = el; e != null; e = Descendants.next(el, e)) {
            if (ARTICLE.matches(el, e)) {
                return true;
            }
            if (e.nameIs("p")) {
                TextStats stats = TextStats.of(e);
                if (stats.linkDensity() < 0.25) {
                    paragraphText += stats.length();
                }
                if (paragraphText > 1000) {
                    return true;
                }
            }
        }
        return false;
    }
}
