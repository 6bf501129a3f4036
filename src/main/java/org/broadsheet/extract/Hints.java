package org.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it: page chrome (negative), article content (positive), or neither.
 *
 * <p>The words are Readability's, as regular expressions would state them: a negative hint is any of
 * {@link #NEGATIVE_PARTS} anywhere in the text, or one of {@link #NEGATIVE_TOKENS} as a whole token, or a token
 * starting with one of {@link #NEGATIVE_PREFIXES} (tokens being separated by whitespace, {@code _} and {@code -}).
 * They are matched with plain substring searches: run on nearly every element of every page, an alternation of forty
 * words was the largest cost of cleaning and scoring.
 */
final class Hints {
    private static final List<String> NEGATIVE_PARTS = List.of(
            "comment",
            "share",
            "sharing",
            "social",
            "newsletter",
            "subscri",
            "signup",
            "promo",
            "advert",
            "adslot",
            "ad-slot",
            "sponsor",
            "related",
            "recommend",
            "cookie",
            "consent",
            "gdpr",
            "popup",
            "modal",
            "breadcrumb",
            "footer",
            "sidebar",
            "widget",
            "outbrain",
            "taboola",
            "mostread",
            "most-read",
            "mostpopular",
            "most-popular",
            "trending",
            "masthead",
            "banner",
            "skyscraper",
            "disqus",
            "paywall",
            "pagination",
            "pager",
            "navbar",
            "toolbar",
            "shoutbox",
            "combx",
            "print-only",
            // trafilatura's boilerplate: author boxes and bylines, time stamps, embeds (posts quoted from social
            // networks), syndication and "viral" links, ratings, image credits.
            "author",
            "byline",
            "timestamp",
            "embed",
            "viral",
            "syndication",
            "rating",
            "copyright",
            "button",
            "subnav",
            "navigation",
            "next-post",
            "side-stories",
            "user-info",
            "user-profile",
            "gallery",
            "see-also");
    private static final String[] NEGATIVE_TOKENS = {"ad", "ads", "tag", "tags"};
    private static final String[] NEGATIVE_PREFIXES = {"menu", "header"};
    private static final List<String> POSITIVE_PARTS =
            List.of("article", "body", "content", "entry", "main", "post", "text", "story", "blog");

    private Hints() {}

    /** True when the class or id marks page chrome and nothing marks it as content. */
    static boolean isChrome(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        String lowerClass = cls.toLowerCase(Locale.ROOT);
        String lowerId = id.toLowerCase(Locale.ROOT);
        // As if matching "class id" as one text: no word can match across the joining space.
        return (negative(lowerClass) || negative(lowerId)) && !positive(lowerClass) && !positive(lowerId);
    }

    /** Readability's class weight: -25 for each negative, +25 for each positive signal in the class and in the id. */
    static int weight(Element el) {
        return weightOf(el.className().toLowerCase(Locale.ROOT))
                + weightOf(el.id().toLowerCase(Locale.ROOT));
    }

    private static int weightOf(String hints) {
        if (hints.isEmpty()) {
            return 0;
        }
        return (negative(hints) ? -25 : 0) + (positive(hints) ? 25 : 0);
    }

    /** True when lower-cased {@code hints} holds a negative word. */
    static boolean negative(String hints) {
        for (String part : NEGATIVE_PARTS) {
            if (hints.contains(part)) {
                return true;
            }
        }
        int start = 0;
        while (start < hints.length()) {
            int end = start;
            while (end < hints.length() && !isSeparator(hints.charAt(end))) {
                end++;
            }
            if (end > start && negativeToken(hints, start, end)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean negativeToken(String hints, int start, int end) {
        if (end - start <= 4 && isNegativeToken(hints, start, end - start)) {
            return true;
        }
        for (int i = 0; i < NEGATIVE_PREFIXES.length; i++) {
            String prefix = NEGATIVE_PREFIXES[i];
            if (end - start >= prefix.length() && at(hints, start, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code hints} holds one of {@link #NEGATIVE_TOKENS} at {@code start}, without a substring. */
    private static boolean isNegativeToken(String hints, int start, int length) {
        for (int i = 0; i < NEGATIVE_TOKENS.length; i++) {
            String token = NEGATIVE_TOKENS[i];
            if (token.length() == length && at(hints, start, token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code hints.startsWith(word, start)} for a {@code word} that fits, compared character by character: for words of
     * a few letters this is cheaper than the vectorised comparison {@code startsWith} sets up.
     */
    private static boolean at(String hints, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (hints.charAt(start + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when lower-cased {@code hints} holds a positive word. */
    static boolean positive(String hints) {
        for (String part : POSITIVE_PARTS) {
            if (hints.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The separators around whole-word hints: whitespace as {@code \s} knows it, {@code _} and {@code -}. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '_' || c == '-';
    }
}
