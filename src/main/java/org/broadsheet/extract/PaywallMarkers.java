package org.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Spots the signs publishers leave on a page whose article is cut off for non-subscribers: the schema.org
 * {@code isAccessibleForFree: false} declaration (which search engines ask paywalled sites to make), paywall
 * containers named by class or id, and the "subscribe to continue reading" prompts in English, German and French.
 */
final class PaywallMarkers {
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Pattern NOT_FREE =
            Pattern.compile("\"isAccessibleForFree\"\\s*:\\s*\"?(?:false|False|FALSE)\"?");
    private static final Pattern CONTAINER = Pattern.compile(
            "(?:^|[\\s_-])(?:paywall|pay-wall|subscriber-only|subscribers-only|premium-content|meteredcontent|"
                    + "piano-offer|tp-modal|regwall|article-locked|locked-content)(?:$|[\\s_-])");
    /**
     * Every container name above holds one of these; most class names hold none, which the automaton tells without
     * lower-casing them, and skip the pattern.
     */
    private static final Keywords CONTAINER_SCAN =
            new Keywords(List.of("pay", "subscri", "premium", "meter", "piano", "tp-modal", "regwall", "lock"));

    private static final Pattern PROMPT = Pattern.compile(
            "(?:subscribe|sign up|log in|register)(?: now)? to (?:continue|keep) reading"
                    + "|(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:available|reserved) "
                    + "(?:to|for) (?:subscribers|members)"
                    + "|already a subscriber\\?"
                    + "|become a subscriber to read"
                    + "|weiterlesen mit (?:\\w+\\+|abo)|dieser artikel ist (?:nur )?f\u00fcr abonnenten"
                    + "|cet article est r\u00e9serv\u00e9 aux abonn\u00e9s|la suite est r\u00e9serv\u00e9e aux abonn\u00e9s");
    /** Every prompt above holds one of these words; most texts hold none, and skip the pattern. */
    private static final Keywords PROMPT_SCAN =
            new Keywords(List.of("subscri", "reading", "members", "abonn", "weiterlesen"));
    /** The elements whose text may be a prompt. */
    private static final Set<String> PROMPT_BLOCKS =
            Set.of("p", "div", "span", "h2", "h3", "h4", "a", "button", "strong");
    /** Prompts are short; a long block that mentions subscribing is more likely an article about subscriptions. */
    private static final int MAX_PROMPT_BLOCK = 400;

    private PaywallMarkers() {}

    /**
     * True when the page {@code page} indexes, before any cleaning, carries a paywall declaration, container or
     * prompt. Any one element is enough, so the order of the checks does not matter.
     */
    static boolean present(PageIndex page) {
        Document doc = page.document();
        for (Element script : page.scripts()) {
            if (JSON_LD.matches(doc, script) && NOT_FREE.matcher(script.data()).find()) {
                return true;
            }
        }
        for (Element el : page.elements()) {
            Deadline.checkpoint();
            if (marked(el)) {
                return true;
            }
        }
        return false;
    }

    private static boolean marked(Element el) {
        if (container(el.className()) || container(el.id())) {
            return true;
        }
        if (!PROMPT_BLOCKS.contains(el.normalName())) {
            return false;
        }
        // A paragraph cannot hold another, so its whole text stays small; other blocks nest, and reading all of
        // their text would be quadratic on deep pages, so only their own text is read. Most blocks hold no prompt
        // word at all, which the automaton tells without building their text.
        boolean paragraph = el.nameIs("p");
        if (!(paragraph ? PROMPT_SCAN.mayBeInText(el) : PROMPT_SCAN.mayBeInOwnText(el))) {
            return false;
        }
        String text = paragraph ? el.text() : el.ownText();
        return text.length() <= MAX_PROMPT_BLOCK && prompt(text.toLowerCase(Locale.ROOT));
    }

    private static boolean container(String name) {
        if (name.isEmpty() || !CONTAINER_SCAN.mayBeIn(name)) {
            return false;
        }
        return CONTAINER.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean prompt(String lower) {
        return PROMPT.matcher(lower).find();
    }
}
