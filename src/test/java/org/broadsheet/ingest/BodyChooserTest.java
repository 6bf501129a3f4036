package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.broadsheet.extract.ArticleExtractor;
import org.broadsheet.extract.ExtractedArticle;
import org.broadsheet.extract.ExtractionException;
import org.broadsheet.extract.PaywallSign;
import org.broadsheet.store.ContentFlag;
import org.junit.jupiter.api.Test;

class BodyChooserTest {
    private static final URI URL = URI.create("https://news.example/a");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(java.time.Duration.ofSeconds(60));
    private static final String SENTENCE =
            "The council voted on the new harbour plan after a long debate, officials said. ";

    @Test
    void keepsTheFeedsTextAndFlagsTruncatedWhenThePageGivesMuchLess() throws ExtractionException {
        ExtractedArticle feed = extract("<article><p>" + SENTENCE.repeat(40) + "</p></article>");
        ExtractedArticle page = extract("<article><p>" + SENTENCE.repeat(10) + "</p></article>");
        BodyChooser.Body body = BodyChooser.choose(feed, page);
        assertThat(body.article()).isSameAs(feed);
        assertThat(body.fromFeed()).isTrue();
        assertThat(body.flag()).isEqualTo(ContentFlag.TRUNCATED);
    }

    @Test
    void flagsPaywalledWhenTheShortPageAsksToSubscribe() throws ExtractionException {
        ExtractedArticle feed = extract("<article><p>" + SENTENCE.repeat(40) + "</p></article>");
        ExtractedArticle page = extract("<article><p>" + SENTENCE.repeat(5) + "</p>"
                + "<div class=offer><p>Subscribe to continue reading.</p></div></article>");
        assertThat(page.paywall()).isEqualTo(PaywallSign.PROMPT);
        BodyChooser.Body body = BodyChooser.choose(feed, page);
        assertThat(body.article()).isSameAs(feed);
        assertThat(body.flag()).isEqualTo(ContentFlag.PAYWALLED);
    }

    @Test
    void flagsAShortPageMarkedNotFreeEvenWithoutFeedContent() throws ExtractionException {
        ExtractedArticle page = extract("<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"isAccessibleForFree\":false}</script><article><p>" + SENTENCE.repeat(4) + "</p></article>");
        BodyChooser.Body body = BodyChooser.choose(ExtractedArticle.empty(), page);
        assertThat(body.article()).isSameAs(page);
        assertThat(body.fromFeed()).isFalse();
        assertThat(body.flag()).isEqualTo(ContentFlag.PAYWALLED);
    }

    @Test
    void keepsAFullPageUnflaggedEvenWithAPaywallClassOnIt() throws ExtractionException {
        ExtractedArticle feed = extract("<article><p>" + SENTENCE.repeat(3) + "</p></article>");
        ExtractedArticle page = extract("<article class=meteredContent><p>" + SENTENCE.repeat(60) + "</p></article>");
        BodyChooser.Body body = BodyChooser.choose(feed, page);
        assertThat(body.article()).isSameAs(page);
        assertThat(body.flag()).isNull();
    }

    @Test
    void aSubscriptionOfferBesideAShortCompleteArticleFlagsNothing() throws ExtractionException {
        String article = "<article><p>" + SENTENCE.repeat(8) + "</p><p>" + SENTENCE.repeat(6) + "</p></article>";
        ExtractedArticle feed = extract(article);
        ExtractedArticle page = extract(article
                + "<div class=\"paywall-note\"><div class=inner>Support independent journalism. Subscribe from"
                + " \u20ac1.</div></div>");
        assertThat(page.wordCount()).isLessThan(BodyChooser.TEASER_WORDS);
        assertThat(page.paywall()).isEqualTo(PaywallSign.PROMOTION);
        assertThat(BodyChooser.choose(feed, page).flag()).isNull();
        assertThat(BodyChooser.choose(ExtractedArticle.empty(), page).flag()).isNull();
    }

    @Test
    void flagsAShortPageWhosePaywallContainerWrapsTheArticle() throws ExtractionException {
        ExtractedArticle page = extract("<article><div class=\"paywall\"><p>" + SENTENCE.repeat(2) + "</p><p>"
                + SENTENCE.repeat(2) + "</p></div></article>");
        assertThat(page.paywall()).isEqualTo(PaywallSign.GATED);
        assertThat(BodyChooser.choose(ExtractedArticle.empty(), page).flag()).isEqualTo(ContentFlag.PAYWALLED);
    }

    @Test
    void usesTheFeedUnflaggedWhenThePageFailed() throws ExtractionException {
        ExtractedArticle feed = extract("<article><p>" + SENTENCE.repeat(3) + "</p></article>");
        BodyChooser.Body body = BodyChooser.choose(feed, null);
        assertThat(body.article()).isSameAs(feed);
        assertThat(body.fromFeed()).isTrue();
        assertThat(body.flag()).isNull();
    }

    private static ExtractedArticle extract(String body) throws ExtractionException {
        return EXTRACTOR.extract("<html><body>" + body + "</body></html>", URL);
    }
}
