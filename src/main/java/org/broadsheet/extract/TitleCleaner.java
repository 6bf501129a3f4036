package org.broadsheet.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Strips the site name that page titles carry ("Headline | Site", "Site - Headline") and collapses whitespace. */
final class TitleCleaner {
    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " « ", " / ", " : "};
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TitleCleaner() {}

    /**
     * Returns {@code raw} without a leading or trailing site name: the given {@code siteName} when it is known, or
     * otherwise a short last part after a separator when what is left still reads as a headline.
     */
    static @Nullable String clean(@Nullable String raw, @Nullable String siteName) {
        return clean(raw, siteName, true);
    }

    /**
     * As {@link #clean(String, String)}, but with {@code guessSuffix} false only the given site name is stripped: for
     * a headline the page confirms elsewhere, whose last part after a dash is part of the headline itself.
     */
    static @Nullable String clean(@Nullable String raw, @Nullable String siteName, boolean guessSuffix) {
        if (raw == null) {
            return null;
        }
        String title = SPACES.matcher(raw).replaceAll(" ").strip();
        if (title.isEmpty()) {
            return null;
        }
        if (siteName != null && !siteName.isBlank()) {
            String site = siteName.strip();
            for (String sep : SEPARATORS) {
                if (endsWithIgnoreCase(title, sep + site)) {
                    return title.substring(0, title.length() - sep.length() - site.length())
                            .strip();
                }
                if (startsWithIgnoreCase(title, site + sep)) {
                    return title.substring(site.length() + sep.length()).strip();
                }
            }
        }
        if (!guessSuffix) {
            return title;
        }
        for (String sep : SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at <= 0 || sep.equals(" : ")) {
                continue;
            }
            String head = title.substring(0, at).strip();
            String tail = title.substring(at + sep.length()).strip();
            if (words(tail) <= 4 && words(head) >= 3 && tail.length() < head.length()) {
                return head;
            }
        }
        return title;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.length() > suffix.length() && s.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT));
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.length() > prefix.length() && s.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }
}
