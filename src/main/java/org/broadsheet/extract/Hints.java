package org.broadsheet.extract;

import java.util.Locale;
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

    private Hints() {}

    /** Returns the lower-cased class and id of {@code el}, the text the hint patterns look at. */
    static String classAndId(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** True when the class or id marks page chrome and nothing marks it as content. */
    static boolean isChrome(Element el) {
        String hints = classAndId(el);
        return !hints.isEmpty()
                && NEGATIVE.matcher(hints).find()
                && !POSITIVE.matcher(hints).find();
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
        int weight = 0;
        if (NEGATIVE.matcher(hints).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(hints).find()) {
            weight += 25;
        }
        return weight;
    }
}
