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
 * A container counts as a gate only when it wraps the article's paragraphs: a subscription offer in a box beside a
 * complete article is a promotion (see {@link PaywallSign}).
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

    /** A paywall container wrapping at least this many prose paragraphs wraps the article, not an offer. */
    private static final int WRAPPED_PARAGRAPHS = 2;
    /** A paragraph this long, without subscription words, is article prose rather than a line of an offer. */
    private static final int PROSE_PARAGRAPH = 60;

    private PaywallMarkers() {}

    /**
     * The strongest paywall sign on the page {@code page} indexes, before any cleaning: {@link PaywallSign#GATED} for
     * a declaration or a container wrapping the article's paragraphs, else a prompt, else a container that wraps no
     * prose (a subscription offer), else none.
     */
    static PaywallSign find(PageIndex page) {
        Document doc = page.document();
        for (Element script : page.scripts()) {
            if (JSON_LD.matches(doc, script) && NOT_FREE.matcher(script.data()).find()) {
                return PaywallSign.GATED;
            }
        }
        PaywallSign strongest = PaywallSign.NONE;
        for (Element el : page.elements()) {
            Deadline.checkpoint();
            PaywallSign sign = sign(el);
            if (sign == PaywallSign.GATED) {
                return sign;
            }
            if (sign.compareTo(strongest) > 0) {
                strongest = sign;
            }
        }
        return strongest;
    }

    private static PaywallSign sign(Element el) {
        if (container(el.className()) || container(el.id())) {
            return wrapsProse(el) ? PaywallSign.GATED : PaywallSign.PROMOTION;
        }
        if (!PROMPT_BLOCKS.contains(el.normalName())) {
            return PaywallSign.NONE;
        }
        // A paragraph cannot hold another, so its whole text stays small; other blocks nest, and reading all of
        // their text would be quadratic on deep pages, so only their own text is read. Most blocks hold no prompt
        // word at all, which the automaton tells without building their text.
        boolean paragraph = el.nameIs("p");
        if (!(paragraph ? PROMPT_SCAN.mayBeInText(el) : PROMPT_SCAN.mayBeInOwnText(el))) {
            return PaywallSign.NONE;
        }
        String text = paragraph ? el.text() : el.ownText();
        return text.length() <= MAX_PROMPT_BLOCK && prompt(text.toLowerCase(Locale.ROOT))
                ? PaywallSign.PROMPT
                : PaywallSign.NONE;
    }

    /**
     * True when the container holds article prose: paragraphs long enough to be prose that do not talk about
     * subscribing. A gate wraps (or blurs) the article's own paragraphs; an offer holds a line or two about prices.
     */
    private static boolean wrapsProse(Element container) {
        int prose = 0;
        for (Element p : container.getElementsByTag("p")) {
            Deadline.checkpoint();
            if (!PROMPT_SCAN.mayBeInText(p) && p.text().length() >= PROSE_PARAGRAPH && ++prose >= WRAPPED_PARAGRAPHS) {
                return true;
            }
        }
        return false;
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
