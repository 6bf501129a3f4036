package org.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Spots the signs publishers leave on a page whose article is cut off for non-subscribers: the schema.org
 * {@code isAccessibleForFree: false} declaration (which search engines ask paywalled sites to make), paywall
 * containers named by class or id, and the "subscribe to continue reading" prompts in English, German and French.
 */
final class PaywallMarkers {
    private static final Pattern NOT_FREE =
            Pattern.compile("\"isAccessibleForFree\"\\s*:\\s*\"?(?:false|False|FALSE)\"?");
    private static final Pattern CONTAINER = Pattern.compile(
            "(?:^|[\\s_-])(?:paywall|pay-wall|subscriber-only|subscribers-only|premium-content|meteredcontent|"
                    + "piano-offer|tp-modal|regwall|article-locked|locked-content)(?:$|[\\s_-])");
    /** Every container name above holds one of these; most class names hold none, and skip the pattern. */
    private static final List<String> CONTAINER_WORDS =
            List.of("pay", "subscri", "premium", "meter", "piano", "tp-modal", "regwall", "lock");

    private static final Pattern PROMPT = Pattern.compile(
            "(?:subscribe|sign up|log in|register)(?: now)? to (?:continue|keep) reading"
                    + "|(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:available|reserved) "
                    + "(?:to|for) (?:subscribers|members)"
                    + "|already a subscriber\\?"
                    + "|become a subscriber to read"
                    + "|weiterlesen mit (?:\\w+\\+|abo)|dieser artikel ist (?:nur )?f\u00fcr abonnenten"
                    + "|cet article est r\u00e9serv\u00e9 aux abonn\u00e9s|la suite est r\u00e9serv\u00e9e aux abonn\u00e9s");
    /** Every prompt above holds one of these words; most texts hold none, and skip the pattern. */
    private static final List<String> PROMPT_WORDS = List.of("subscri", "reading", "members", "abonn", "weiterlesen");
    /** Prompts are short; a long block that mentions subscribing is more likely an article about subscriptions. */
    private static final int MAX_PROMPT_BLOCK = 400;

    private PaywallMarkers() {}

    /** True when {@code doc}, before any cleaning, carries a paywall declaration, container or prompt. */
    static boolean present(Document doc) {
        for (Element script : doc.select(Queries.of("script[type=application/ld+json]"))) {
            if (NOT_FREE.matcher(script.data()).find()) {
                return true;
            }
        }
        for (Element el : doc.select(Queries.of("[class], [id]"))) {
            Deadline.checkpoint();
            if (container(el.className()) || container(el.id())) {
                return true;
            }
        }
        for (Element block : doc.select(Queries.of("p, div, span, h2, h3, h4, a, button, strong"))) {
            // A paragraph cannot hold another, so its whole text stays small; other blocks nest, and reading all of
            // their text would be quadratic on deep pages, so only their own text is read.
            Deadline.checkpoint();
            String text = block.nameIs("p") ? block.text() : block.ownText();
            if (text.length() <= MAX_PROMPT_BLOCK && prompt(text.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean container(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return containsAny(lower, CONTAINER_WORDS) && CONTAINER.matcher(lower).find();
    }

    private static boolean prompt(String lower) {
        return containsAny(lower, PROMPT_WORDS) && PROMPT.matcher(lower).find();
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
