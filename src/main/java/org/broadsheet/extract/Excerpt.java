package org.broadsheet.extract;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** Makes the short summary shown in lists: the page's description, else the start of the article's text. */
final class Excerpt {
    static final int TARGET_LENGTH = 300;
    private static final int MIN_PARAGRAPH = 40;

    private Excerpt() {}

    /** Returns the text of the first {@code <p>} under {@code root} long enough to summarise, outside figures. */
    static @Nullable String firstParagraph(Element root) {
        for (Element p : root.getElementsByTag("p")) {
            String text = p.text().strip();
            if (text.length() >= MIN_PARAGRAPH && p.closest(Queries.of("figure, blockquote")) == null) {
                return text;
            }
        }
        return null;
    }

    /**
     * Returns {@code description}, else {@code firstParagraph}, else the first paragraph of {@code text} of some
     * length, cut near 300 characters.
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
        return source == null ? null : cut(source.replace('\n', ' ').strip(), TARGET_LENGTH);
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
