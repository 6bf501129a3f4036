package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

class KeywordsTest {
    private static final List<String> WORDS = List.of("subscri", "reading", "members", "abonn", "weiterlesen");
    private static final Keywords KEYWORDS = new Keywords(WORDS);
    private static final List<String> CONTAINER_WORDS =
            List.of("pay", "subscri", "premium", "meter", "piano", "tp-modal", "regwall", "lock");
    private static final Keywords CONTAINERS = new Keywords(CONTAINER_WORDS);

    /** The pre-check may say "maybe" wrongly, but never "no" where the text holds a word. */
    @Property(tries = 1000)
    void neverMissesAWordTheTextHolds(@ForAll("blocks") String html) {
        for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (holds(el.text())) {
                assertThat(KEYWORDS.mayBeInText(el)).as(el.outerHtml()).isTrue();
            }
            if (holds(el.ownText())) {
                assertThat(KEYWORDS.mayBeInOwnText(el)).as(el.outerHtml()).isTrue();
            }
        }
    }

    @Property(tries = 1000)
    void neverMissesAWordAPlainStringHolds(@ForAll("names") String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (CONTAINER_WORDS.stream().anyMatch(lower::contains)) {
            assertThat(CONTAINERS.mayBeIn(name)).as(name).isTrue();
        }
    }

    @Example
    void findsWordsAcrossCaseElementsAndInvisibleCharacters() {
        assertThat(KEYWORDS.mayBeInText(p("<p>Please SUB<b>scri</b>be now</p>")))
                .isTrue();
        assertThat(KEYWORDS.mayBeInText(p("<p>Sub\u00adscribe</p>"))).isTrue();
        assertThat(KEYWORDS.mayBeInText(p("<p>keep rea\u200bding</p>"))).isTrue();
        assertThat(KEYWORDS.mayBeInText(p("<p>Réservé aux ABONNÉS</p>"))).isTrue();
        // Overlapping starts: "mem" then "members", "rea" then "reading".
        assertThat(KEYWORDS.mayBeInText(p("<p>memmembers rereading</p>"))).isTrue();
        assertThat(KEYWORDS.mayBeInOwnText(p("<p>sub<b>x</b>scri</p>"))).isTrue();
    }

    @Example
    void saysNoWhereNoWordIsInTheText() {
        assertThat(KEYWORDS.mayBeInText(p("<p>The council voted on Tuesday to build a harbour wall.</p>")))
                .isFalse();
        assertThat(KEYWORDS.mayBeInText(p("<p>sub scribe, read ing, member s</p>")))
                .isFalse();
        assertThat(KEYWORDS.mayBeInOwnText(p("<p>Nothing here <b>subscribe</b></p>")))
                .isFalse();
        assertThat(KEYWORDS.mayBeInText(p("<p></p>"))).isFalse();
    }

    @Example
    void findsWordsWithHyphensInPlainStrings() {
        Keywords containers = new Keywords(List.of("pay", "tp-modal"));
        assertThat(containers.mayBeIn("article TP-Modal")).isTrue();
        assertThat(containers.mayBeIn("PayWall")).isTrue();
        assertThat(containers.mayBeIn("tp modal tp_modal p-a-y")).isFalse();
        assertThat(containers.mayBeIn("")).isFalse();
    }

    @Example
    void acceptsOnlyLowerCaseAsciiWords() {
        assertThatThrownBy(() -> new Keywords(List.of("Abo"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Keywords(List.of("abo_x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Keywords(List.of("r\u00e9serv\u00e9")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Element p(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    private static boolean holds(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return WORDS.stream().anyMatch(lower::contains);
    }

    @Provide
    Arbitrary<String> blocks() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "<p>",
                        "</p>",
                        "<b>",
                        "</b>",
                        "<span>",
                        "</span>",
                        "<div>",
                        "</div>",
                        "<br>",
                        "<pre>",
                        "</pre>",
                        "<!-- c -->",
                        "<a href=x>",
                        "</a>",
                        " ",
                        "\n",
                        "\u00a0",
                        "\u00ad",
                        "\u200b",
                        "\u0130",
                        "\u212a",
                        "&shy;",
                        "&nbsp;"),
                Arbitraries.of(WORDS).flatMap(KeywordsTest::mangled),
                Arbitraries.strings().withChars("abcdeilmnorstuwgSRMAW").ofMaxLength(6));
        return piece.list().ofMaxSize(30).map(pieces -> "<p>" + String.join("", pieces));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(" ", "-", "_", "\u0130", "\u212a", "\u00ad"),
                Arbitraries.of(CONTAINER_WORDS).flatMap(KeywordsTest::mangled),
                Arbitraries.strings().withChars("aeiklmnoprstuy-TPM").ofMaxLength(5));
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    /** The word in random letter case, sometimes cut in two by markup or an invisible character. */
    private static Arbitrary<String> mangled(String word) {
        Arbitrary<String> cased = Arbitraries.integers()
                .between(0, (1 << word.length()) - 1)
                .map(mask -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < word.length(); i++) {
                        char c = word.charAt(i);
                        sb.append((mask >> i & 1) == 1 ? Character.toUpperCase(c) : c);
                    }
                    return sb.toString();
                });
        return Arbitraries.oneOf(
                cased,
                cased.flatMap(w -> Arbitraries.integers()
                        .between(1, w.length() - 1)
                        .flatMap(cut -> Arbitraries.of("<b>", "</b>", "\u00ad", "<!---->", "<br>", " ")
                                .map(split -> w.substring(0, cut) + split + w.substring(cut)))));
    }
}
