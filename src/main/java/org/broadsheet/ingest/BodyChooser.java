package org.broadsheet.ingest;

import java.util.Optional;
import org.broadsheet.extract.ExtractedArticle;
import org.broadsheet.extract.PaywallSign;
import org.broadsheet.store.ContentFlag;
import org.jspecify.annotations.Nullable;

/**
 * Chooses between what the article page gave and the feed entry's own content, and flags a body that looks cut
 * short: a page much shorter than the feed's text is truncated (or paywalled, when it shows any paywall sign) and the
 * feed's text is kept; a short page that is gated or asks to subscribe to continue is flagged as paywalled. A
 * subscription offer beside the article ({@link PaywallSign#PROMOTION}) flags nothing by itself.
 */
final class BodyChooser {
    /** A page with fewer words than this share of the feed's text lost part of the article. */
    static final double TRUNCATED_BELOW = 0.8;
    /** A page marked for subscribers with fewer words than this is taken for a teaser. */
    static final int TEASER_WORDS = 250;

    private BodyChooser() {}

    /** The body to store, and where it came from. */
    record Body(
            ExtractedArticle article,
            boolean fromFeed,
            @Nullable ContentFlag flag) {}

    /**
     * The page's body when it can be chosen without extracting the feed's content: no paywall signs and at least as
     * many words as {@code feedWords} (the feed's text counted on its plain text) allow; otherwise call
     * {@link #choose} with both.
     */
    static Optional<Body> pageAlone(@Nullable ExtractedArticle fromPage, int feedWords) {
        if (fromPage == null || fromPage.paywall().any() || fromPage.wordCount() < feedWords * TRUNCATED_BELOW) {
            return Optional.empty();
        }
        return Optional.of(new Body(fromPage, false, null));
    }

    /** Chooses the body; {@code fromPage} is null when the page could not be fetched or extracted. */
    static Body choose(ExtractedArticle fromFeed, @Nullable ExtractedArticle fromPage) {
        if (fromPage == null) {
            return new Body(fromFeed, true, null);
        }
        int pageWords = fromPage.wordCount();
        int feedWords = fromFeed.wordCount();
        if (feedWords > 0 && pageWords < feedWords * TRUNCATED_BELOW) {
            return new Body(fromFeed, true, fromPage.paywall().any() ? ContentFlag.PAYWALLED : ContentFlag.TRUNCATED);
        }
        return new Body(fromPage, false, paywallFlag(fromPage));
    }

    /**
     * The flag a page earns by itself, with nothing to compare it with: paywalled when it is short and gated or asks
     * to subscribe to continue; a complete-looking page, or one with only a subscription offer, is not flagged.
     */
    static @Nullable ContentFlag paywallFlag(ExtractedArticle page) {
        return switch (page.paywall()) {
            case GATED, PROMPT -> page.wordCount() < TEASER_WORDS ? ContentFlag.PAYWALLED : null;
            case PROMOTION, NONE -> null;
        };
    }
}
