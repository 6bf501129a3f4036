package org.broadsheet.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    private static final Set<String> KEEP_WHEN_EMPTY =
            Set.of("img", "br", "hr", "picture", "video", "audio", "source", "td", "th", "col");
    private static final int MAX_LEADING_BLOCKS = 6;
    /** {@link MetaLines#isAdLabel} and {@link MetaLines#isCredit} only accept texts shorter than these. */
    private static final int MAX_AD_LABEL = 30;

    private static final int MAX_CREDIT = 80;
    private static final Set<String> MEDIA = Set.of("img", "picture", "video");
    private static final Set<String> LABELS_OR_CREDITS = Set.of("p", "div", "span", "small", "figcaption");
    private static final Set<String> LEADING =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "time", "address", "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Evaluator TABLE_STRUCTURE = QueryParser.parse("caption, th, thead, col, colgroup");

    /** The categories of {@code \\p{L}} and {@code \\p{N}}: what {@link #normalise} keeps. */
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER
            | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER
            | 1 << Character.MODIFIER_LETTER
            | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER
            | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    private static final Set<String> LEAF_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul");

    private ContentPolisher() {}

    /**
     * Polishes {@code body} in place; {@code meta} is the page's own, for spotting repeated title and byline.
     * {@code counts}, when given, were taken of the page the elements of {@code body} were moved from, unchanged since:
     * they are used instead of counting again when they cover the blocks judged here.
     */
    static void polish(Element body, PageMetadata meta, @Nullable SubtreeCounts counts) {
        removeConditionally(body, counts);
        removeLabelsAndCredits(body);
        // Normalised once: each leading block and each h1 is compared with them.
        @Nullable String title = meta.title() == null ? null : normalise(meta.title());
        dropLeadingRepeats(body, meta, title);
        for (Element heading : Descendants.named(body, HEADINGS)) {
            if (Hints.weight(heading) < 0
                    || heading.nameIs("h1")
                            && title != null
                            && normalise(heading.text()).equals(title)) {
                heading.remove();
            }
        }
        LazyImages.resolve(body);
        removeEmpty(body);
    }

    /** Judges each candidate block by counts taken once, before any removal, so the pass stays linear. */
    private static void removeConditionally(Element body, @Nullable SubtreeCounts taken) {
        List<Element> blocks = Descendants.named(body, CONDITIONAL);
        SubtreeCounts counts = taken != null && covers(taken, blocks, body) ? taken : SubtreeCounts.of(body);
        List<Element> doomed = new ArrayList<>();
        Deadline deadline = Deadline.current();
        for (Element el : blocks) {
            deadline.tick();
            if (!isDataTable(el) && !insideFigure(el) && looksLikeClutter(el, counts.get(el))) {
                doomed.add(el);
            }
        }
        BulkRemoval.removeAll(doomed);
    }

    /**
     * Whether {@code counts} hold every block but {@code body} itself: a block's counts depend on its subtree only, so
     * counts taken on the page hold for it here. ({@code body} has no parent, so judging it removes nothing.)
     */
    private static boolean covers(SubtreeCounts counts, List<Element> blocks, Element body) {
        for (Element el : blocks) {
            if (el != body && counts.find(el) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code el} is in a {@code figure}: {@code closest("figure")}, without a query per element. */
    private static boolean insideFigure(Element el) {
        for (Element p = el; p != null; p = p.parent()) {
            if (p.nameIs("figure")) {
                return true;
            }
        }
        return false;
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
        // One walk finds the candidates and marks every element that holds media, instead of a query per candidate.
        List<Element> candidates = new ArrayList<>();
        Set<Element> holdsMedia = Collections.newSetFromMap(new IdentityHashMap<>());
        Deadline deadline = Deadline.current();
        for (Element el = body; el != null; el = Descendants.next(body, el)) {
            deadline.tick();
            String name = el.normalName();
            if (LABELS_OR_CREDITS.contains(name)) {
                candidates.add(el);
            } else if (MEDIA.contains(name)) {
                for (Element p = el.parent(); p != null && holdsMedia.add(p); p = p.parent()) {
                    // Marks the ancestors up to the first one already marked, whose own ancestors are marked too.
                }
            }
        }
        List<Element> doomed = new ArrayList<>();
        for (Element el : candidates) {
            deadline.tick();
            if (!hasNoBlockChild(el) || holdsMedia.contains(el)) {
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
    private static void dropLeadingRepeats(Element body, PageMetadata meta, @Nullable String title) {
        // A lazy walk: only the first few leaves are wanted, not every block of the body.
        List<Element> leaves = new ArrayList<>(MAX_LEADING_BLOCKS);
        Deadline deadline = Deadline.current();
        for (Element el = body; el != null && leaves.size() < MAX_LEADING_BLOCKS; el = Descendants.next(body, el)) {
            deadline.tick();
            if (LEADING.contains(el.normalName()) && hasNoBlockChild(el)) {
                leaves.add(el);
            }
        }
        @Nullable String description = meta.description() == null ? null : normalise(meta.description());
        List<Element> standfirsts = new ArrayList<>();
        for (Element leaf : leaves) {
            if (leaf.parent() == null) {
                continue;
            }
            String text = leaf.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            String normal = normalise(text);
            if (normal.equals(title) || MetaLines.isBylineOrDate(text, meta.byline()) || leaf.nameIs("time")) {
                leaf.remove();
                standfirsts.forEach(Element::remove);
                standfirsts.clear();
            } else if (standfirsts.isEmpty() && normal.equals(description)) {
                standfirsts.add(leaf);
            } else if (leaf.nameIs("p") && text.length() > 40 || holdsImage(leaf)) {
                return;
            }
        }
    }

    private static boolean holdsImage(Element root) {
        for (Element el = root; el != null; el = Descendants.next(root, el)) {
            if (el.nameIs("img")) {
                return true;
            }
        }
        return false;
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

    /**
     * {@code s} lower-cased, with each run of characters other than letters and numbers ({@code [^\\p{L}\\p{N}]+})
     * made one space and none at either end: the regular expression's result, by one loop over the code points.
     */
    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            boolean kept = cp < 0x80
                    ? cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z'
                    : (LETTER_OR_NUMBER >> Character.getType(cp) & 1) != 0;
            if (!kept) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * Removes elements with no text and no media, deciding for all of them in one bottom-up pass (asking each
     * element for its text would be quadratic on deeply nested pages).
     */
    private static void removeEmpty(Element body) {
        Set<Element> filled = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> all = Descendants.all(body);
        Deadline deadline = Deadline.current();
        for (int i = all.size() - 1; i >= 0; i--) {
            deadline.tick();
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
