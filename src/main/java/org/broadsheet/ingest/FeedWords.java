package org.broadsheet.ingest;

import org.jsoup.Jsoup;

/**
 * Counts the words of a feed entry's HTML cheaply, on its plain text, to decide whether an article page is much shorter
 * than the feed's own content before paying for a full extraction of that content.
 */
final class FeedWords {
    private FeedWords() {}

    /** The number of whitespace-separated words in the text of {@code html}; 0 for markup without text. */
    static int count(String html) {
        if (html.isBlank()) {
            return 0;
        }
        String text = html.indexOf('<') < 0 && html.indexOf('&') < 0
                ? html
                : Jsoup.parseBodyFragment(html).text();
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
