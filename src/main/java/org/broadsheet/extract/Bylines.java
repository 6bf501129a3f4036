package org.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Finds who wrote the article, as Mozilla Readability does: the page's own metadata first (the JSON-LD article's
 * author names, Dublin Core creator, {@code meta name=author}, Parse.ly's author, {@code article:author} when it is a
 * name rather than a profile's address), else the first element, in document order, that the markup marks as a
 * byline ({@code rel=author}, an {@code itemprop} naming the author, or a class or id saying byline, author, dateline
 * or written-by) and that holds under 100 characters; its {@code itemprop=name} child is preferred when it has one.
 * A leading "By" ("Von", "Par", "Por") goes, since pages show the byline after their own "By".
 */
final class Bylines {
    private static final int MAX_LENGTH = 100;
    private static final Pattern BY_PREFIX =
            Pattern.compile("^(?:by|von|par|por|door|di)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern URL = Pattern.compile("^(?:https?:)?//\\S+$", Pattern.CASE_INSENSITIVE);
    /** Labels and buttons that byline classes also mark: "Author", "Follow author", "About the authors". */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:(?:follow|about|more from|all|view|see|other)\\s+(?:the\\s+|this\\s+)?)?(?:authors?|by|byline"
                    + "|written by|posted by)\\s*:?$");

    /**
     * Readability's byline hint: "author-name", "article__byline", "FeatureByline", but not "authorization".
     */
    private static final Pattern BYLINE_HINT = Pattern.compile("byline|author(?!i[tz]|ing)|dateline|writtenby");
    /** One of these is in every class and id {@link #BYLINE_HINT} matches: a cheap first test. */
    private static final Keywords HINT_WORDS = new Keywords(List.of("byline", "author", "dateline", "writtenby"));
    /** Author boxes that are not the byline: follow buttons, biographies, portraits. */
    private static final Pattern NOT_BYLINE_HINT = Pattern.compile("follow|(?<![a-z])bio|avatar|photo|thumb");
    /**
     * Where a byline in the markup turns into its date or a label after the name: "Jane Doe March 3, 2024",
     * "Jane Doe • 8h", "Jane Doe | Updated 10:00".
     */
    private static final Pattern TRAILER = Pattern.compile(
            "\\s+(?:[•·|]|(?:updated|published|posted|last updated)\\b"
                    + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b"
                    + "|\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}|\\d+\\s*(?:h|hrs?|hours?|min|mins|minutes?)(?:\\s+ago)?$)",
            Pattern.CASE_INSENSITIVE);

    /** A dateline class's text that starts with its date rather than a name: "Last updated: May 3". */
    private static final Pattern DATE_LABEL =
            Pattern.compile("(?:last\\s+)?(?:updated|published|posted on|modified)\\b", Pattern.CASE_INSENSITIVE);

    private static final String[] META_KEYS = {
        "dc.creator",
        "dc:creator",
        "dcterm.creator",
        "dcterm:creator",
        "dcterms.creator",
        "dcterms:creator",
        "author",
        "parsely-author",
        "sailthru.author",
        "article:author",
        "og:article:author",
    };

    private Bylines() {}

    /**
     * Returns the byline of the page: {@code ldAuthors} (the JSON-LD article's authors), else the first of the
     * {@code meta} tags (by lower-cased name) that names a person, else the markup's byline (from the elements of
     * {@code page}); null when none has one.
     */
    static @Nullable String find(PageIndex page, Map<String, String> meta, @Nullable String ldAuthors) {
        String found = clean(ldAuthors);
        for (int i = 0; found == null && i < META_KEYS.length; i++) {
            found = clean(meta.get(META_KEYS[i]));
        }
        if (found == null) {
            found = fromMarkup(page.elements());
        }
        return found;
    }

    private static @Nullable String fromMarkup(List<Element> elements) {
        for (Element el : elements) {
            Deadline.checkpoint();
            if (!isMarked(el) || isHiddenOrInComments(el)) {
                continue;
            }
            Element name = el.selectFirst(Queries.of("[itemprop~=(?i)(^|\\s)name(\\s|$)]"));
            String raw = (name != null ? name : el).text();
            boolean dateOnly = DATE_LABEL.matcher(raw).lookingAt();
            String text = raw.length() < MAX_LENGTH && !dateOnly ? clean(withoutTrailer(raw)) : null;
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static boolean isMarked(Element el) {
        if (el.attributesSize() == 0) {
            return false; // no rel, itemprop, class or id: the common case, answered without looking them up
        }
        String tag = el.normalName();
        if (tag.equals("meta") || tag.equals("link") || tag.equals("img") || tag.equals("script")) {
            return false;
        }
        if (el.attr("rel").equalsIgnoreCase("author")) {
            return true;
        }
        String itemprop = el.attr("itemprop");
        if (!itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("author")) {
            return true;
        }
        String className = el.className();
        String id = el.id();
        // No word runs across the space that joins them below, so neither holding one rules the hints out.
        if (!HINT_WORDS.mayBeIn(className) && !HINT_WORDS.mayBeIn(id)) {
            return false;
        }
        String hints = (className + " " + id).toLowerCase(Locale.ROOT);
        return BYLINE_HINT.matcher(hints).find()
                && !NOT_BYLINE_HINT.matcher(hints).find();
    }

    /** True when {@code el} is hidden, or sits in a comment thread, whose bylines name commenters. */
    private static boolean isHiddenOrInComments(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            String hints = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (e.hasAttr("hidden")
                    || style.contains("display:none")
                    || style.contains("visibility:hidden")
                    || hints.contains("comment")) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} up to the date, time or separator that follows the name, if any. */
    private static String withoutTrailer(String text) {
        // The trailer starts with a space, so a byline that is only a date ("Updated May 3") stays whole.
        Matcher m = TRAILER.matcher(text.strip());
        return m.find() ? text.strip().substring(0, m.start()) : text;
    }

    /** The value unescaped, its whitespace collapsed and its "By" gone; null when nothing usable is left. */
    private static @Nullable String clean(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = SPACES.matcher(Parser.unescapeEntities(value, false))
                .replaceAll(" ")
                .strip();
        if (URL.matcher(text).matches() || LABEL.matcher(text).matches()) {
            return null;
        }
        text = BY_PREFIX.matcher(text).replaceFirst("").strip();
        boolean hasLetter = text.codePoints().anyMatch(Character::isLetter);
        return hasLetter ? text : null;
    }
}
