package org.broadsheet.extract;

/**
 * What an article page says about being for subscribers, from weakest to strongest. Only {@link #GATED} says the
 * text is cut off by itself; a subscription offer beside a complete article is a {@link #PROMOTION}.
 */
public enum PaywallSign {
    /** No sign at all. */
    NONE,
    /** A subscription box or paywall hook that wraps no article text ("Subscribe from €1"): an offer, not a gate. */
    PROMOTION,
    /** A "subscribe to continue reading" prompt: a gate when the text above it is short, an aside when it is not. */
    PROMPT,
    /**
     * The markup says the article is gated: a schema.org {@code isAccessibleForFree: false} declaration, or a paywall
     * container wrapping the article's paragraphs.
     */
    GATED;

    /** True for any sign at all: a page shorter than its feed's text and showing one was likely cut by a paywall. */
    public boolean any() {
        return this != NONE;
    }
}
