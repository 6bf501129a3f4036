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
                            int len = normalisedLength(text.getWholeText());
                            counts[0] += len;
                            if (linkDepth > 0) {
                                counts[1] += len;
                            }
                            counts[2] += commas(text.getWholeText());
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
        return new TextStats(normalisedLength(text), 0, commas(text));
    }

    /** The share of the text that sits inside links, from 0 to 1. */
    double linkDensity() {
        return length == 0 ? 0 : (double) linkLength / length;
    }

    private static int normalisedLength(String s) {
        int len = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
            if (!ws) {
                len++;
            } else if (!space) {
                len++;
            }
            space = ws;
        }
        return len;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFF0C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }
}
