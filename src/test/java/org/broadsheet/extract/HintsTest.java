package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The substring matching of {@link Hints} against the regular expressions it replaced, which state the rule. */
class HintsTest {
    private static final Pattern NEGATIVE = Pattern.compile("comment|share|sharing|social|newsletter|subscri|signup"
            + "|promo|(?:^|[\\s_-])ads?(?:$|[\\s_-])|advert|adslot|ad-slot|sponsor|related|recommend|cookie|consent"
            + "|gdpr|popup|modal|breadcrumb|(?:^|[\\s_-])tags?(?:$|[\\s_-])|footer|sidebar|widget|outbrain|taboola"
            + "|most-?read|most-?popular|trending|masthead|banner|skyscraper|disqus|paywall|pagination|pager"
            + "|(?:^|[\\s_-])menu|navbar|toolbar|shoutbox|combx|print-only|(?:^|[\\s_-])header"
            + "|author|byline|timestamp|embed|viral|syndication|rating|copyright"
            + "|button|subnav|navigation|next-post|side-stories|user-info|user-profile|gallery"
            + "|see-also");
    private static final Pattern POSITIVE =
            Pattern.compile("article|body|content|entry|hentry|h-entry|main|post|text|story|blog");

    @Property(tries = 5000)
    void matchesAsTheRegularExpressionsDo(@ForAll("classNames") String hints) {
        assertThat(Hints.negative(hints))
                .as(hints)
                .isEqualTo(NEGATIVE.matcher(hints).find());
        assertThat(Hints.positive(hints))
                .as(hints)
                .isEqualTo(POSITIVE.matcher(hints).find());
    }

    /**
     * Class names made of the patterns' words, their halves, separators and other letters, so that every word and
     * every edge is hit.
     */
    @Provide
    Arbitrary<String> classNames() {
        List<String> words = new ArrayList<>();
        for (String alternative : (NEGATIVE.pattern() + "|" + POSITIVE.pattern()).split("\\|")) {
            String word =
                    alternative.replace("(?:^", "").replace("[\\s_-])", "").replace("(?:$", "");
            List<String> forms =
                    word.contains("?") ? List.of(word.replace("?", ""), word.replaceAll(".\\?", "")) : List.of(word);
            for (String w : forms) {
                words.add(w);
                words.add(w.substring(0, w.length() / 2));
                words.add(w.substring(w.length() / 2));
            }
        }
        assertThat(words).contains("sharing", "ads", "ad", "tags", "mostread", "most-read", "menu", "header");
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(words),
                Arbitraries.of(" ", "-", "_", "\t", "\n", "\u000B", "\f", "\r", "\u00a0", ".", ":"),
                Arbitraries.strings().withChars("adghmnrst-_ ").ofMaxLength(4));
        return piece.list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Test
    void weighsClassAndIdAndSpotsChrome() {
        Element share = Jsoup.parse("<div class='share-bar' id='x'></div>").selectFirst("div");
        Element post = Jsoup.parse("<div class='post sidebar'></div>").selectFirst("div");
        Element menu = Jsoup.parse("<ul id='Main-Menu'></ul>").selectFirst("ul");
        Element ad = Jsoup.parse("<div class='ad'></div>").selectFirst("div");
        Element plain = Jsoup.parse("<div class='load'></div>").selectFirst("div");
        assertThat(Hints.weight(share)).isEqualTo(-25);
        assertThat(Hints.isChrome(share)).isTrue();
        assertThat(Hints.weight(post)).isZero();
        assertThat(Hints.isChrome(post)).isFalse();
        assertThat(Hints.weight(menu)).isZero();
        assertThat(Hints.isChrome(ad)).isTrue();
        assertThat(Hints.weight(plain)).isZero();
        assertThat(Hints.isChrome(plain)).isFalse();
    }
}
