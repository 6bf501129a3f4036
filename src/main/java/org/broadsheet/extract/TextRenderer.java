package org.broadsheet.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an element as plain text: each block on its own paragraph, one blank line between, spaces collapsed. */
final class TextRenderer {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "caption",
            "address",
            "hr",
            "details",
            "summary",
            "body",
            "form",
            "fieldset",
            "center",
            "nav",
            "picture");
    /** Runs of three or more line breaks; compiled once, as flushing happens for every block of every page. */
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private static final Set<String> CELLS = Set.of("td", "th");

    private TextRenderer() {}

    /** Returns the text of {@code root}; empty when it has none. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        Deadline deadline = Deadline.current();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        deadline.tick();
                        if (node instanceof TextNode text) {
                            appendCollapsed(paragraph, text.getWholeText());
                        } else if (node instanceof Element el) {
                            String tag = el.normalName();
                            if (BLOCKS.contains(tag)) {
                                flush(out, paragraph);
                            } else if (tag.equals("br")) {
                                trimEnd(paragraph);
                                paragraph.append('\n');
                            } else if (CELLS.contains(tag) && !paragraph.isEmpty()) {
                                appendCollapsed(paragraph, " ");
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                            flush(out, paragraph);
                        }
                    }
                },
                root);
        flush(out, paragraph);
        return out.toString();
    }

    private static void appendCollapsed(StringBuilder sb, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!sb.isEmpty() && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void trimEnd(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static void flush(StringBuilder out, StringBuilder paragraph) {
        // Blocks open and close around each other: most flushes find nothing to write.
        if (paragraph.isEmpty()) {
            return;
        }
        String text = paragraph.toString().strip();
        paragraph.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        if (text.indexOf('\n') < 0) {
            out.append(text);
            return;
        }
        // Two line breaks in a row are how many pages separate paragraphs without <p>.
        String lines = text.replace(" \n", "\n").replace("\n ", "\n");
        out.append(lines.contains("\n\n\n") ? BLANK_LINES.matcher(lines).replaceAll("\n\n") : lines);
    }
}
