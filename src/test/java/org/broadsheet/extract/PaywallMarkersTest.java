package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PaywallMarkersTest {
    private static final String PROSE = "<p>The council voted on Tuesday to build a new harbour wall, after years of"
            + " debate about the cost and the fishermen's market.</p>";

    private static boolean present(String html) {
        return sign(html).any();
    }

    private static PaywallSign sign(String html) {
        return PaywallMarkers.find(PageIndex.of(Jsoup.parse(html)));
    }

    @Test
    void findsTheSchemaOrgDeclarationOfAPaidArticle() {
        String ld =
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"isAccessibleForFree\": \"False\"}"
                        + "</script>";
        assertThat(present("<html><head>" + ld + "</head><body>" + PROSE + "</body></html>"))
                .isTrue();
        assertThat(present("<html><head>" + ld.replace("False", "true") + "</head><body>" + PROSE + "</body></html>"))
                .isFalse();
        // Only JSON-LD counts: the same words in an ordinary script are not a declaration.
        assertThat(present("<script>var x = {\"isAccessibleForFree\": false}</script>" + PROSE))
                .isFalse();
    }

    @Test
    void findsPaywallContainersByClassOrId() {
        assertThat(present("<div class=\"article paywall\">" + PROSE + "</div>"))
                .isTrue();
        assertThat(present("<section id=\"Premium-Content\">" + PROSE + "</section>"))
                .isTrue();
        assertThat(present("<div class=\"payment-options\">" + PROSE + "</div>"))
                .isFalse();
    }

    @Test
    void tellsAGateWrappingTheArticleFromAnOfferBesideIt() {
        assertThat(sign("<div class=\"paywall\">" + PROSE + PROSE + "</div>")).isEqualTo(PaywallSign.GATED);
        assertThat(sign(PROSE + PROSE + "<div class=\"paywall-note\"><div>Subscribe from \u20ac1.</div></div>"))
                .isEqualTo(PaywallSign.PROMOTION);
        // An offer written in paragraphs is still an offer: its paragraphs talk about subscribing.
        assertThat(sign(PROSE + "<aside class=\"paywall\"><p>Subscribe today and read every article we publish,"
                        + " online and in print.</p><p>Subscribers also get our newsletter and the archive.</p>"
                        + "</aside>"))
                .isEqualTo(PaywallSign.PROMOTION);
        assertThat(sign(PROSE + "<p>Subscribe to continue reading.</p>")).isEqualTo(PaywallSign.PROMPT);
        assertThat(sign(PROSE)).isEqualTo(PaywallSign.NONE);
    }

    @Test
    void findsShortSubscribePromptsButNotArticlesAboutSubscriptions() {
        assertThat(present(PROSE + "<p>Subscribe to continue reading.</p>")).isTrue();
        assertThat(present(PROSE + "<div><span>Already a subscriber?</span> <a href=/login>Log in</a></div>"))
                .isTrue();
        assertThat(present(PROSE + "<div>Cet article est r\u00e9serv\u00e9 aux abonn\u00e9s</div>"))
                .isTrue();
        String longParagraph = "<p>" + "Readers who subscribe to continue reading get more. ".repeat(10) + "</p>";
        assertThat(present(longParagraph)).isFalse();
        assertThat(present(PROSE)).isFalse();
    }
}
