package org.broadsheet.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells whether a text may hold one of a few words (lower-case ASCII letters and hyphens), in any letter case, by
 * running an Aho-Corasick automaton over its characters. This is a cheap pre-check for the
 * {@code text.toLowerCase(Locale.ROOT).contains(word)} test it stands for: it builds no string, and answers true
 * whenever that test would (so "false" is certain, "true" needs the real test). For an element it reads the characters
 * jsoup's {@code text()} and {@code ownText()} join, without the spaces they put between some elements, and skips the
 * invisible characters they drop (soft hyphen, zero-width space).
 */
final class Keywords {
    /** The columns of the automaton's table: 26 letters, the hyphen, and any other character. */
    private static final int HYPHEN = 26;

    private static final int OTHER = 27;
    private static final int WIDTH = 28;
    private static final byte[] COLUMN = new byte[128];
    private static final char SOFT_HYPHEN = '\u00ad';
    private static final char ZERO_WIDTH_SPACE = '\u200b';

    static {
        Arrays.fill(COLUMN, (byte) OTHER);
        for (char c = 'a'; c <= 'z'; c++) {
            COLUMN[c] = (byte) (c - 'a');
            COLUMN[c - 'a' + 'A'] = (byte) (c - 'a');
        }
        COLUMN['-'] = HYPHEN;
    }

    /**
     * {@code next[offset + column]}: the offset ({@code state * WIDTH}) of the state after reading a character of that
     * column from the state at {@code offset}, or -1 when a word ends there. The start state is at offset 0.
     */
    private final int[] next;

    /** An automaton for {@code words}, each of lower-case ASCII letters and hyphens only. */
    Keywords(List<String> words) {
        int[][] trie = new int[1 + words.stream().mapToInt(String::length).sum()][WIDTH];
        boolean[] end = new boolean[trie.length];
        int states = 1;
        for (String word : words) {
            int state = 0;
            for (char c : word.toCharArray()) {
                if (c >= 128 || COLUMN[c] == OTHER || c >= 'A' && c <= 'Z') {
                    throw new IllegalArgumentException("not a lower-case ASCII word: " + word);
                }
                if (trie[state][COLUMN[c]] == 0) {
                    trie[state][COLUMN[c]] = states++;
                }
                state = trie[state][COLUMN[c]];
            }
            end[state] = true;
        }
        // Breadth first, each state's missing moves are its failure state's moves (the classic construction); any
        // other character leads back to the start, as no word holds one.
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < OTHER; c++) {
            if (trie[0][c] != 0) {
                queue.add(trie[0][c]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            end[state] |= end[fail[state]];
            for (int c = 0; c < OTHER; c++) {
                int child = trie[state][c];
                if (child == 0) {
                    trie[state][c] = trie[fail[state]][c];
                } else {
                    fail[child] = trie[fail[state]][c];
                    queue.add(child);
                }
            }
        }
        this.next = new int[states * WIDTH];
        for (int s = 0; s < states; s++) {
            for (int c = 0; c < WIDTH; c++) {
                int target = trie[s][c];
                next[s * WIDTH + c] = end[target] ? -1 : target * WIDTH;
            }
        }
    }

    /** False when no word is in {@code text}. */
    boolean mayBeIn(String text) {
        return scan(0, text) < 0;
    }

    /** False when no word is in the text {@code el.ownText()} gives (its child text nodes). */
    boolean mayBeInOwnText(Element el) {
        int offset = 0;
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            if (el.childNode(i) instanceof TextNode text) {
                offset = scan(offset, text.getWholeText());
                if (offset < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** False when no word is in the text {@code el.text()} gives (all its descendant text nodes). */
    boolean mayBeInText(Element el) {
        int offset = 0;
        Node node = el.childNodeSize() > 0 ? el.childNode(0) : null;
        while (node != null) {
            if (node instanceof TextNode text) {
                offset = scan(offset, text.getWholeText());
                if (offset < 0) {
                    return true;
                }
            }
            Node following = node.childNodeSize() > 0 ? node.childNode(0) : null;
            while (following == null && node != el) {
                following = node.nextSibling();
                if (following == null) {
                    node = node.parentNode();
                }
            }
            node = following;
        }
        return false;
    }

    /** Runs the automaton from {@code offset} over {@code text}: the offset reached, or -1 once a word ends. */
    private int scan(int offset, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int column;
            if (c < 128) {
                column = COLUMN[c];
            } else if (c == SOFT_HYPHEN || c == ZERO_WIDTH_SPACE) {
                continue;
            } else {
                // Lower-casing maps a few other characters onto ASCII letters: U+0130 to i, the Kelvin sign to k.
                char lower = Character.toLowerCase(c);
                column = lower < 128 ? COLUMN[lower] : OTHER;
            }
            offset = next[offset + column];
            if (offset < 0) {
                return -1;
            }
        }
        return offset;
    }
}
