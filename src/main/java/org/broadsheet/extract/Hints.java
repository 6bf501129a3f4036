package org.broadsheet.extract;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class and id say about it: page chrome (negative), article content (positive), or neither. */
final class Hints {
    private static final Pattern NEGATIVE = Pattern.compile("comment|share|sharing|social|newsletter|subscri|signup"
            + "|promo|(?:^|[\\s_-])ads?(?:$|[\\s_-])|advert|adslot|ad-slot|sponsor|related|recommend|cookie|consent"
            + "|gdpr|popup|modal|breadcrumb|(?:^|[\\s_-])tags?(?:$|[\\s_-])|footer|sidebar|widget|outbrain|taboola"
            + "|most-?read|most-?popular|trending|masthead|banner|skyscraper|disqus|paywall|pagination|pager"
            + "|(?:^|[\\s_-])menu|navbar|toolbar|shoutbox|combx|print-only|(?:^|[\\s_-])header");
    private static final Pattern POSITIVE =
            Pattern.compile("article|body|content|entry|hentry|h-entry|main|post" + "|text|story|blog");

    /**
     * Pattern results by hint text: pages repeat the same few class names on many elements, and the alternation-heavy
     * patterns dominated cleaning and scoring. Values are pure functions of the key; the map is cleared when it
     * grows past {@link #CACHE_LIMIT} so that hostile pages with unique class names cannot grow it without bound.
     */
    private static final ConcurrentHashMap<String, Integer> MATCHES = new ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 4096;
    private static final int NEGATIVE_BIT = 1;
    private static final int POSITIVE_BIT = 2;

    private Hints() {}

    /** Which patterns match {@code hints}, as {@link #NEGATIVE_BIT} and {@link #POSITIVE_BIT}. */
    private static int matches(String hints) {
        if (hints.isEmpty()) {
            return 0;
        }
        Integer cached = MATCHES.get(hints);
        if (cached != null) {
            return cached;
        }
        int bits = (NEGATIVE.matcher(hints).find() ? NEGATIVE_BIT : 0)
                | (POSITIVE.matcher(hints).find() ? POSITIVE_BIT : 0);
        if (MATCHES.size() >= CACHE_LIMIT) {
            MATCHES.clear();
        }
        MATCHES.put(hints, bits);
        return bits;
    }

    /** True when the class or id marks page chrome and nothing marks it as content. */
    static boolean isChrome(Element el) {
        // Same as matching "class id" as one string: no pattern can match across the joining space (its
        // boundaries treat a space like the start or end of the text), so the parts are matched on their own and
        // the class, which repeats across elements, hits the cache even when the id is unique.
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        int bits = matches(cls.toLowerCase(Locale.ROOT)) | matches(id.toLowerCase(Locale.ROOT));
        return bits == NEGATIVE_BIT;
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
        int bits = matches(hints);
        int weight = 0;
        if ((bits & NEGATIVE_BIT) != 0) {
            weight -= 25;
        }
        if ((bits & POSITIVE_BIT) != 0) {
            weight += 25;
        }
        return weight;
    }
}
