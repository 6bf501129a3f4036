package org.broadsheet.extract;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells whether an element's text may hold one of a few words (lower-case ASCII letters), in any letter case, by
 * running an Aho-Corasick automaton over its text nodes' characters. This is a cheap pre-check for the
 * {@code text().toLowerCase(Locale.ROOT).contains(word)} test it stands for: it builds no string, and answers true
 * whenever that test would (so "false" is certain, "true" needs the real test). It reads the characters jsoup's
 * {@code text()} and {@code ownText()} join, without the spaces they put between some elements, and skips the
 * invisible characters they drop (soft hyphen, zero-width space).
 */
final class Keywords {
    private static final int LETTERS = 26;
    private static final char SOFT_HYPHEN = '\u00ad';
    private static final char ZERO_WIDTH_SPACE = '\u200b';

    /** {@code next[state * LETTERS + letter]}: the state after reading {@code letter}; 0 is the start. */
    private final int[] next;

    private final boolean[] found;

    /** An automaton for {@code words}, each of lower-case ASCII letters only. */
    Keywords(List<String> words) {
        int[][] trie = new int[1 + words.stream().mapToInt(String::length).sum()][LETTERS];
        boolean[] end = new boolean[trie.length];
        int states = 1;
        for (String word : words) {
            int state = 0;
            for (char c : word.toCharArray()) {
                if (c < 'a' || c > 'z') {
                    throw new IllegalArgumentException("not a lower-case ASCII word: " + word);
                }
                if (trie[state][c - 'a'] == 0) {
                    trie[state][c - 'a'] = states++;
                }
                state = trie[state][c - 'a'];
            }
            end[state] = true;
        }
        // Breadth first, each state's missing moves are its failure state's moves (the classic construction).
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < LETTERS; c++) {
            if (trie[0][c] != 0) {
                queue.add(trie[0][c]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            end[state] |= end[fail[state]];
            for (int c = 0; c < LETTERS; c++) {
                int child = trie[state][c];
                if (child == 0) {
                    trie[state][c] = trie[fail[state]][c];
                } else {
                    fail[child] = trie[fail[state]][c];
                    queue.add(child);
                }
            }
        }
        this.next = new int[states * LETTERS];
        for (int s = 0; s < states; s++) {
            System.arraycopy(trie[s], 0, next, s * LETTERS, LETTERS);
        }
        this.found = Arrays.copyOf(end, states);
    }

    /** False when no word is in the text {@code el.ownText()} gives (its child text nodes). */
    boolean mayBeInOwnText(Element el) {
        int state = 0;
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            if (el.childNode(i) instanceof TextNode text) {
                state = scan(state, text.getWholeText());
                if (state < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** False when no word is in the text {@code el.text()} gives (all its descendant text nodes). */
    boolean mayBeInText(Element el) {
        int state = 0;
        Node node = el.childNodeSize() > 0 ? el.childNode(0) : null;
        while (node != null) {
            if (node instanceof TextNode text) {
                state = scan(state, text.getWholeText());
                if (state < 0) {
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

    /** Runs the automaton from {@code state} over {@code text}: the state reached, or -1 once a word ends. */
    private int scan(int state, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            } else if (c >= 128) {
                if (c == SOFT_HYPHEN || c == ZERO_WIDTH_SPACE) {
                    continue;
                }
                // Lower-casing maps a few other characters onto ASCII letters: U+0130 to i, the Kelvin sign to k.
                c = Character.toLowerCase(c);
            }
            if (c < 'a' || c > 'z') {
                state = 0;
                continue;
            }
            state = next[state * LETTERS + c - 'a'];
            if (found[state]) {
                return -1;
            }
        }
        return state;
    }
}
