package org.broadsheet.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Makes the article's summary as Readability does: the page's description, else the article's first paragraph, whole
 * (lists shorten it for display). A paragraph of fewer than three words (a label, a fragment cut by a formula) is
 * passed over.
 */
final class Excerpt {
    /** A bound for hostile pages only: real descriptions and first paragraphs are far shorter. */
    static final int MAX_LENGTH = 2_000;

    private static final int MIN_WORDS = 3;
    private static final int MIN_PARAGRAPH = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Excerpt() {}

    /** Returns the text of the first {@code <p>} under {@code root} of three words or more, outside figures. */
    static @Nullable String firstParagraph(Element root) {
        for (Element p = root; p != null; p = Descendants.next(root, p)) {
            if (!p.nameIs("p")) {
                continue;
            }
            String text = p.text().strip();
            if (hasWords(text) && !inFigureOrQuote(p)) {
                return text;
            }
        }
        return null;
    }

    /** {@code closest("figure, blockquote") != null}, by a walk up the ancestors. */
    private static boolean inFigureOrQuote(Element el) {
        for (Element at = el; at != null; at = at.parent()) {
            if (at.nameIs("figure") || at.nameIs("blockquote")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWords(String text) {
        Matcher words = WORD.matcher(text);
        int count = 0;
        while (count < MIN_WORDS && words.find()) {
            count++;
        }
        return count >= MIN_WORDS;
    }

    /**
     * Returns {@code description}, else {@code firstParagraph}, else the first paragraph of {@code text} of some
     * length; cut near {@link #MAX_LENGTH} characters.
     */
    static @Nullable String of(@Nullable String description, @Nullable String firstParagraph, String text) {
        String source = description;
        if (source == null || source.isBlank()) {
            source = firstParagraph;
        }
        if (source == null || source.isBlank()) {
            source = null;
            for (String paragraph : text.split("\n\n")) {
                if (paragraph.length() >= MIN_PARAGRAPH) {
                    source = paragraph;
                    break;
                }
            }
            if (source == null && !text.isBlank()) {
                source = text.split("\n\n", 2)[0];
            }
        }
        return source == null ? null : cut(source.replace('\n', ' ').strip(), MAX_LENGTH);
    }

    /** Cuts {@code s} at the last word boundary before {@code max} characters and marks the cut with an ellipsis. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        while (end > max / 2 && !Character.isWhitespace(s.charAt(end))) {
            end--;
        }
        if (end <= max / 2) {
            end = max;
            if (Character.isLowSurrogate(s.charAt(end))) {
                end--;
            }
        }
        return s.substring(0, end).stripTrailing().replaceAll("[\\p{Punct}&&[^.!?)\"]]+$", "") + "…";
    }
}
