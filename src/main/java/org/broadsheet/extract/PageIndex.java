package org.broadsheet.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jspecify.annotations.Nullable;

/**
 * The elements that the steps before body extraction look for (noscripts, breaks, meta and link tags, scripts, the
 * first {@code h1}), found in one walk over the parsed page. Each of those steps used to walk the page with its own
 * CSS selection, and jsoup's selections are slow per element. The meta, link and script lists hold candidates by tag
 * name, to which the readers apply their own CSS queries, so that they pick exactly the elements the query would. An
 * index describes the tree as it was walked: after changing the tree, walk it again.
 */
final class PageIndex {
    private static final Evaluator HTML = Queries.of("html");
    private static final Evaluator H1 = Queries.of("h1");
    private static final Evaluator NOSCRIPT = Queries.of("noscript");
    private static final Evaluator BR = Queries.of("br");
    /** The walk is cheap per element: it passes a deadline checkpoint once every 16 elements. */
    private static final int CHECKPOINT_MASK = 15;

    private final Document doc;
    private final List<Element> elements = new ArrayList<>();
    private final List<Element> metas = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    private final List<Element> scripts = new ArrayList<>();
    private final List<Element> noscripts = new ArrayList<>();
    private final List<Element> bodyBreaks = new ArrayList<>();
    private @Nullable Element html;
    private @Nullable Element h1;

    private PageIndex(Document doc) {
        this.doc = doc;
    }

    /** Walks {@code doc} once (it gains a {@code <body>} if it has none, as {@link Document#body()} gives it one). */
    static PageIndex of(Document doc) {
        PageIndex index = new PageIndex(doc);
        index.walk(doc.body());
        return index;
    }

    /** Pre-order over the elements below the document, as {@code select} visits them, without recursion. */
    private void walk(Element body) {
        ArrayDeque<Element> pending = new ArrayDeque<>();
        pushChildren(doc, pending);
        // The body's descendants are the elements popped while the stack holds more than it did under the body.
        int bodyMark = -1;
        boolean bodyDone = false;
        while (!pending.isEmpty()) {
            if ((elements.size() & CHECKPOINT_MASK) == 0) {
                Deadline.checkpoint();
            }
            Element el = pending.pop();
            boolean inBody = false;
            if (el == body) {
                bodyMark = pending.size();
            } else if (bodyMark >= 0 && !bodyDone) {
                inBody = pending.size() >= bodyMark;
                bodyDone = !inBody;
            }
            elements.add(el);
            note(el, inBody);
            pushChildren(el, pending);
        }
    }

    private void note(Element el, boolean inBody) {
        switch (el.normalName()) {
            case "meta" -> metas.add(el);
            case "link" -> links.add(el);
            case "script" -> scripts.add(el);
            case "noscript" -> {
                if (NOSCRIPT.matches(doc, el)) {
                    noscripts.add(el);
                }
            }
            case "br" -> {
                if (inBody && BR.matches(doc, el)) {
                    bodyBreaks.add(el);
                }
            }
            case "html" -> html = html == null && HTML.matches(doc, el) ? el : html;
            case "h1" -> h1 = h1 == null && H1.matches(doc, el) ? el : h1;
            default -> {}
        }
    }

    private static void pushChildren(Element parent, ArrayDeque<Element> pending) {
        for (int i = parent.childNodeSize() - 1; i >= 0; i--) {
            Node child = parent.childNode(i);
            if (child instanceof Element el) {
                pending.push(el);
            }
        }
    }

    /** The page walked. */
    Document document() {
        return doc;
    }

    /** Every element below the document, in document order. */
    List<Element> elements() {
        return elements;
    }

    /** The {@code meta} elements, in document order. */
    List<Element> metas() {
        return metas;
    }

    /** The {@code link} elements, in document order. */
    List<Element> links() {
        return links;
    }

    /** The {@code script} elements, in document order. */
    List<Element> scripts() {
        return scripts;
    }

    /** The elements the query {@code noscript} selects, in document order. */
    List<Element> noscripts() {
        return noscripts;
    }

    /** The elements the query {@code br} selects inside the body, in document order. */
    List<Element> bodyBreaks() {
        return bodyBreaks;
    }

    /** The first element the query {@code html} selects, or null. */
    @Nullable
    Element html() {
        return html;
    }

    /** The first element the query {@code h1} selects, or null. */
    @Nullable
    Element firstH1() {
        return h1;
    }

    /** The first of {@code candidates} that {@code query} matches, or null. */
    @Nullable
    Element first(List<Element> candidates, Evaluator query) {
        for (Element el : candidates) {
            if (query.matches(doc, el)) {
                return el;
            }
        }
        return null;
    }
}
