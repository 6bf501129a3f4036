package org.broadsheet.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns a comment's plain text into HTML: every character escaped, blank lines separating paragraphs, single line
 * breaks kept, and http(s) addresses made into links with {@code rel="nofollow ugc"}. No HTML the writer typed ever
 * reaches the page as markup.
 */
public final class CommentText {
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that usually ends the sentence rather than the address. */
    private static final String TRAILING = ".,;:!?)]}";

    private CommentText() {}

    /** The safe HTML of {@code text}: {@code <p>} paragraphs with {@code <br>} and {@code <a>} inside. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (String paragraph : normalise(text).split("\n{2,}")) {
            if (paragraph.isBlank()) {
                continue;
            }
            out.append("<p>");
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>");
                }
                linkify(lines[i], out);
            }
            out.append("</p>");
        }
        return out.toString();
    }

    /** How many addresses {@link #html} would make into links. */
    public static int linkCount(String text) {
        Matcher m = URL.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Unix line ends, no trailing spaces on lines, no blank lines at either end. */
    public static String normalise(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[ \\t]+\n", "\n")
                .strip();
    }

    private static void linkify(String line, StringBuilder out) {
        Matcher m = URL.matcher(line);
        int last = 0;
        while (m.find()) {
            String url = m.group();
            int end = m.end();
            while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
                end--;
            }
            escape(line.substring(last, m.start()), out);
            out.append("<a href=\"");
            escape(url, out);
            out.append("\" rel=\"nofollow ugc\">");
            escape(url, out);
            out.append("</a>");
            last = end;
        }
        escape(line.substring(last), out);
    }

    /** Escapes the characters that matter in HTML text and attribute values, quotes included. */
    static void escape(String s, StringBuilder out) {
        out.append(Entities.escape(s));
    }
}
