package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Tidies the chosen article body: drops link lists and other leftovers that are not prose, the headline and the
 * byline or date lines repeated at the top, and elements left empty.
 */
final class ContentPolisher {
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "form", "dl");
    private static final Evaluator CONDITIONAL_QUERY = QueryParser.parse(String.join(", ", CONDITIONAL));
    private static final Set<String> KEEP_WHEN_EMPTY =
            Set.of("img", "br", "hr", "picture", "video", "audio", "source", "td", "th", "col");
    private static final int MAX_LEADING_BLOCKS = 6;
    /** {@link MetaLines#isAdLabel} and {@link MetaLines#isCredit} only accept texts shorter than these. */
    private static final int MAX_AD_LABEL = 30;

    private static final int MAX_CREDIT = 80;
    /** Parsed once: this query runs on every small block, and parsing it each time dominated pages of many blocks. */
    private static final Evaluator MEDIA = QueryParser.parse("img, picture, video");

    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Evaluator TABLE_STRUCTURE = QueryParser.parse("caption, th, thead, col, colgroup");

    /** Compiled once: {@link #sameText} runs on each leading block and sibling of every page. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> LEAF_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul");

    private ContentPolisher() {}

    /** Polishes {@code body} in place; {@code meta} is the page's own, for spotting repeated title and byline. */
    static void polish(Element body, PageMetadata meta) {
        removeConditionally(body);
        removeLabelsAndCredits(body);
        dropLeadingRepeats(body, meta);
        for (Element heading : body.select(Queries.of("h1, h2, h3, h4, h5, h6"))) {
            if (Hints.weight(heading) < 0 || heading.nameIs("h1") && sameText(heading.text(), meta.title())) {
                heading.remove();
            }
        }
        LazyImages.resolve(body);
        removeEmpty(body);
    }

    /** Judges each candidate block by counts taken once, before any removal, so the pass stays linear. */
    private static void removeConditionally(Element body) {
        SubtreeCounts counts = SubtreeCounts.of(body);
        List<Element> doomed = new ArrayList<>();
        for (Element el : body.select(CONDITIONAL_QUERY)) {
            Deadline.checkpoint();
            if (!isDataTable(el) && el.closest(FIGURE) == null && looksLikeClutter(el, counts.get(el))) {
                doomed.add(el);
            }
        }
        BulkRemoval.removeAll(doomed);
    }

    private static boolean looksLikeClutter(Element el, SubtreeCounts.Counts c) {
        int weight = Hints.weight(el);
        if (weight < 0) {
            return true;
        }
        if (c.commas >= 10) {
            return false;
        }
        boolean list = el.nameIs("ul") || el.nameIs("ol");
        double linkDensity = c.linkDensity();
        if (c.images > 1 && (double) c.paragraphs / c.images < 0.5 && c.figures == 0) {
            return true;
        }
        if (!list && c.listItems - 100 > c.paragraphs) {
            return true;
        }
        if (!list && c.length < 25 && (c.images == 0 || c.images > 2) && linkDensity > 0) {
            return true;
        }
        if (list && linkDensity > 0.5 && c.length < 1000) {
            return true;
        }
        return weight < 25 ? linkDensity > 0.33 : linkDensity > 0.5;
    }

    private static boolean isDataTable(Element el) {
        if (!el.nameIs("table")) {
            return false;
        }
        if (el.attr("role").equals("presentation")) {
            return false;
        }
        return el.selectFirst(TABLE_STRUCTURE) != null
                || el.getElementsByTag("tr").size() >= 3
                        && el.getElementsByTag("table").size() == 1;
    }

    /** Removes ad slots' labels ("Advertisement") and captions that only credit the image. */
    private static void removeLabelsAndCredits(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element el : body.select(Queries.of("p, div, span, small, figcaption"))) {
            Deadline.checkpoint();
            if (!hasNoBlockChild(el) || el.selectFirst(MEDIA) != null) {
                continue;
            }
            // Labels and credits are short; most blocks are prose, too long to be either, and are not read out.
            if (hasVisibleCharacters(el, el.nameIs("figcaption") ? MAX_CREDIT : MAX_AD_LABEL)) {
                continue;
            }
            String text = el.text();
            if (MetaLines.isAdLabel(text) || el.nameIs("figcaption") && MetaLines.isCredit(text)) {
                doomed.add(el);
            }
        }
        BulkRemoval.removeAll(doomed);
    }

    /**
     * True when the text under {@code el} has at least {@code n} characters that {@code text()} keeps, so that its
     * {@code text()} is at least {@code n} long; reads no further than that.
     */
    private static boolean hasVisibleCharacters(Element el, int n) {
        int[] seen = new int[1];
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            String s = t.getWholeText();
                            for (int i = 0; i < s.length() && seen[0] < n; i++) {
                                seen[0] += surelyKept(s.charAt(i)) ? 1 : 0;
                            }
                        }
                        return seen[0] >= n ? FilterResult.STOP : FilterResult.CONTINUE;
                    }
                },
                el);
        return seen[0] >= n;
    }

    /** A character that {@code text()} keeps: no whitespace, nor one of the invisible ones it drops. */
    private static boolean surelyKept(char c) {
        return !Character.isWhitespace(c) && c != '\u00A0' && c != '\u200B' && c != '\u00AD';
    }

    /**
     * Removes the headline and byline/date lines that start the body, stopping at the first real paragraph. A
     * standfirst that repeats the page's description goes too when a byline or date line follows it, as it then
     * belongs to the page's header rather than to the article's text.
     */
    private static void dropLeadingRepeats(Element body, PageMetadata meta) {
        // A lazy walk: only the first few leaves are wanted, not every block of the body.
        List<Element> leaves = body.selectStream(Queries.of("p, h1, h2, h3, h4, h5, h6, div, span, time, address, ul"))
                .filter(ContentPolisher::hasNoBlockChild)
                .limit(MAX_LEADING_BLOCKS)
                .toList();
        List<Element> standfirsts = new ArrayList<>();
        for (Element leaf : leaves) {
            if (leaf.parent() == null) {
                continue;
            }
            String text = leaf.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (sameText(text, meta.title()) || MetaLines.isBylineOrDate(text, meta.byline()) || leaf.nameIs("time")) {
                leaf.remove();
                standfirsts.forEach(Element::remove);
                standfirsts.clear();
            } else if (standfirsts.isEmpty() && sameText(text, meta.description())) {
                standfirsts.add(leaf);
            } else if (leaf.nameIs("p") && text.length() > 40
                    || !leaf.select(Queries.of("img")).isEmpty()) {
                return;
            }
        }
    }

    private static boolean hasNoBlockChild(Element el) {
        // Walks the siblings directly: children() builds a list, and this runs on most elements of the body.
        for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (LEAF_BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    static boolean sameText(String a, @Nullable String b) {
        return b != null && normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        return NOT_LETTER_OR_DIGIT
                .matcher(s.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /**
     * Removes elements with no text and no media, deciding for all of them in one bottom-up pass (asking each
     * element for its text would be quadratic on deeply nested pages).
     */
    private static void removeEmpty(Element body) {
        Set<Element> filled = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> all = body.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Deadline.checkpoint();
            Element el = all.get(i);
            boolean hasContent = KEEP_WHEN_EMPTY.contains(el.normalName()) || el.nameIs("table");
            for (int c = 0; c < el.childNodeSize() && !hasContent; c++) {
                Node child = el.childNode(c);
                hasContent =
                        child instanceof TextNode t ? !t.isBlank() : child instanceof Element e && filled.contains(e);
            }
            if (hasContent) {
                filled.add(el);
            }
        }
        List<Element> doomed = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            Element el = all.get(i);
            Element parent = el.parent();
            if (!filled.contains(el) && parent != null && filled.contains(parent)) {
                doomed.add(el);
            }
        }
        BulkRemoval.removeAll(doomed);
    }
}
