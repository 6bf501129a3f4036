package org.broadsheet.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Replaces embedding elements ({@code iframe}, {@code object}, {@code applet}, ...) by the text of their fallback
 * content, which is what a browser shows when it cannot show the embedded thing, and removes {@code template}
 * elements, whose content a browser never shows. The text goes in as a text node, so it is written out escaped: markup
 * inside an embed can never come back as markup.
 */
final class EmbedFallback {
    /** Elements whose content is fallback for an embedded document, plug-in or frame. */
    private static final Set<String> EMBEDDING =
            Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "noembed", "noframes");

    /** The elements this class changes: the embedding ones and {@code template}. */
    private static final Set<String> CHANGED =
            Stream.concat(EMBEDDING.stream(), Stream.of("template")).collect(Collectors.toUnmodifiableSet());

    /** The embedding elements whose content HTML parsers keep as raw text. */
    private static final Set<String> RAW_TEXT = Set.of("iframe", "noembed", "noframes");

    /**
     * How deep fallback text is looked for inside fallback text: an {@code iframe}'s content is raw text that has to be
     * parsed again, and could hold another {@code iframe}, and so on.
     */
    private static final int MAX_DEPTH = 3;

    /** Lower-case openings of the tags this class changes; input without any of them is left to OWASP alone. */
    private static final String[] OPENINGS = {
        "<iframe", "<frame", "<object", "<embed", "<applet", "<noembed", "<noframes", "<template"
    };

    private EmbedFallback() {}

    /** Whether {@code html} may hold an element this class would change: a cheap test before parsing. */
    static boolean mayApply(String html) {
        if (html.indexOf('<') < 0) {
            return false;
        }
        String lower = html.toLowerCase(Locale.ROOT);
        for (String opening : OPENINGS) {
            if (lower.contains(opening)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code el} is an element this class changes (an embedding element or a template). */
    static boolean changes(Element el) {
        return CHANGED.contains(el.normalName());
    }

    /** Replaces, under {@code root}, each embedding element by its fallback text and removes templates. */
    static void apply(Element root) {
        for (Element el : outermost(root, CHANGED)) {
            // A template's content is never shown; OWASP drops script and style contents on its own, not a template's.
            replace(el, el.normalName().equals("template") ? "" : fallbackText(el, 0));
        }
    }

    /** The elements under {@code root} named in {@code names} with no such ancestor below {@code root}. */
    private static List<Element> outermost(Element root, Set<String> names) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node != root && node instanceof Element el && names.contains(el.normalName())) {
                            found.add(el);
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                root);
        return found;
    }

    private static void replace(Element el, String text) {
        if (text.isEmpty()) {
            el.remove();
        } else {
            el.replaceWith(new TextNode(text));
        }
    }

    /**
     * The visible text of an embedding element's content, whitespace collapsed, with one space kept at either end when
     * the content had any there (so that {@code safe<iframe> description</iframe>} reads "safe description").
     * {@code depth} counts the raw texts parsed again on the way here; only those recurse, so nested objects cost no
     * stack.
     */
    private static String fallbackText(Element el, int depth) {
        Element content = el;
        if (el.childNodeSize() > 0 && el.childNodes().stream().allMatch(n -> n instanceof DataNode)) {
            // iframe, noembed and noframes hold raw text: the markup a browser without frames would have shown.
            if (depth >= MAX_DEPTH) {
                return "";
            }
            StringBuilder raw = new StringBuilder();
            for (Node n : el.childNodes()) {
                raw.append(((DataNode) n).getWholeData());
            }
            content = Jsoup.parseBodyFragment(raw.toString()).body();
        }
        content.select("script, style, template").remove();
        for (Element inner : outermost(content, RAW_TEXT)) {
            replace(inner, fallbackText(inner, depth + 1));
        }
        // Other embeds inside (an object's nested embed, say) are plain elements here: their text is part of ours.
        String text = content.text();
        if (text.isEmpty()) {
            return "";
        }
        String whole = content.wholeText();
        String lead = Character.isWhitespace(whole.charAt(0)) ? " " : "";
        String tail = Character.isWhitespace(whole.charAt(whole.length() - 1)) ? " " : "";
        return lead + text + tail;
    }
}
