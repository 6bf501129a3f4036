package org.broadsheet.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Text measures of one element, gathered in a single walk: length, length inside links, commas. */
record TextStats(int length, int linkLength, int commas) {

    /** Measures the visible text under {@code el}, counting whitespace runs as one character. */
    static TextStats of(Element el) {
        int[] counts = new int[3];
        NodeTraversor.traverse(
                new NodeVisitor() {
                    int linkDepth;

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            TextStats stats = of(text.getWholeText());
                            counts[0] += stats.length;
                            if (linkDepth > 0) {
                                counts[1] += stats.length;
                            }
                            counts[2] += stats.commas;
                        } else if (node instanceof Element e && e.nameIs("a")) {
                            linkDepth++;
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && e.nameIs("a")) {
                            linkDepth--;
                        }
                    }
                },
                el);
        return new TextStats(counts[0], counts[1], counts[2]);
    }

    /** Measures one piece of text: its length with whitespace runs counted once, and its commas. */
    static TextStats of(String text) {
        // One pass for both measures; most characters are printable ASCII, which settles both at once.
        int len = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                len++;
                space = false;
                if (c == ',') {
                    commas++;
                }
                continue;
            }
            boolean ws = Character.isWhitespace(c) || c == '\u00A0';
            if (!ws || !space) {
                len++;
            }
            space = ws;
            if (c == '\u060C' || c == '\uFE50' || c == '\uFF0C' || c == '\u3001') {
                commas++;
            }
        }
        return new TextStats(len, 0, commas);
    }

    /** The share of the text that sits inside links, from 0 to 1. */
    double linkDensity() {
        return length == 0 ? 0 : (double) linkLength / length;
    }
}
