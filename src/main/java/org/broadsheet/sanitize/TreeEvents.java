package org.broadsheet.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;
import org.owasp.html.TagBalancingHtmlStreamEventReceiver;

/**
 * Feeds an already parsed tree to the OWASP policy as the events its own lexer would produce from the tree's
 * serialisation (open tag with decoded attributes, decoded text, close tag), so that the tree is neither serialised
 * nor lexed again. As in OWASP's string entry point, the policy sits behind its tag balancer with the same nesting
 * limit; comments and CDATA sections, which that lexer drops, are skipped. Only whitespace differs from the string
 * path: outside {@code pre}, each run of whitespace in the text becomes one character where jsoup's pretty-printer
 * would lay the serialisation out anew.
 */
final class TreeEvents implements NodeVisitor {
    /** The nesting limit OWASP's {@code HtmlSanitizer} gives its tag balancer. */
    private static final int NESTING_LIMIT = 256;

    private final HtmlStreamEventReceiver receiver;
    /** The only attribute names the policy can keep: the walk passes it no others, which it would drop anyway. */
    private final Set<String> keepable;

    private final List<String> attrs = new ArrayList<>();
    /** How many {@code pre} elements the walk is in: their whitespace is kept as it is. */
    private int preDepth;

    private TreeEvents(HtmlStreamEventReceiver receiver, Set<String> keepable) {
        this.receiver = receiver;
        this.keepable = keepable;
    }

    /**
     * Returns the HTML {@code policy} makes of the children of {@code root}; {@code keepable} holds (lower-case) every
     * attribute name the policy allows on some element.
     */
    static String sanitize(PolicyFactory policy, Set<String> keepable, Element root) {
        StringBuilder out = new StringBuilder(256);
        TagBalancingHtmlStreamEventReceiver balancer =
                new TagBalancingHtmlStreamEventReceiver(policy.apply(HtmlStreamRenderer.create(out, badHtml -> {})));
        balancer.setNestingLimit(NESTING_LIMIT);
        TreeEvents events = new TreeEvents(balancer, keepable);
        balancer.openDocument();
        for (Node child : root.childNodes()) {
            NodeTraversor.traverse(events, child);
        }
        balancer.closeDocument();
        return out.toString();
    }

    /**
     * {@code text} with each run of HTML whitespace made one character, a line break when the run holds one and a
     * space otherwise: what a browser shows is the same, and the source's indentation is not stored.
     */
    static String collapsed(String text) {
        StringBuilder out = null;
        // text[copied, i) is still to be copied to out: runs that are already one right character stay in it.
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // Every HTML whitespace character is at most a space.
            if (c > ' ' || !StringUtil.isWhitespace(c)) {
                continue;
            }
            int end = i + 1;
            boolean newline = c == '\n';
            while (end < n && StringUtil.isWhitespace(text.charAt(end))) {
                newline |= text.charAt(end) == '\n';
                end++;
            }
            char one = newline ? '\n' : ' ';
            if (end - i > 1 || c != one) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i).append(one);
                copied = end;
            }
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    @Override
    public void head(Node node, int depth) {
        switch (node) {
            case Element el -> {
                attrs.clear();
                if (el.attributesSize() > 0) {
                    for (Attribute attr : el.attributes()) {
                        String name = attr.getKey().toLowerCase(Locale.ROOT);
                        if (keepable.contains(name)) {
                            attrs.add(name);
                            attrs.add(attr.getValue());
                        }
                    }
                }
                if (el.nameIs("pre")) {
                    preDepth++;
                }
                receiver.openTag(el.normalName(), attrs);
            }
            case CDataNode cdata -> {
                // OWASP's lexer drops <![CDATA[...]]> sections.
            }
            case TextNode text -> receiver.text(preDepth > 0 ? text.getWholeText() : collapsed(text.getWholeText()));
            case DataNode data -> receiver.text(data.getWholeData());
            default -> {
                // Comments, doctypes and XML declarations never reach the output.
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element el && el.nameIs("pre")) {
            preDepth--;
        }
        if (node instanceof Element el
                && !(el.childNodeSize() == 0 && (el.tag().isEmpty() || el.tag().isSelfClosing()))) {
            receiver.closeTag(el.normalName());
        }
    }
}
