package org.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void findsRunsOfCapitalisedWordsWithLinkingWords() {
        assertThat(texts("Storm Ilse closed the Bank of England and the Banque de France on Monday."))
                .containsExactly("Storm Ilse", "Bank of England", "Banque de France");
    }

    @Test
    void dropsTheStopWordsThatOpenARunAndRunsThatAreOnlyAStopWord() {
        assertThat(texts("The European Central Bank met. After Lagarde spoke, Monday was calm. Laut Scholz ja."))
                .containsExactly("European Central Bank", "Lagarde", "Scholz");
    }

    @Test
    void comparesStopWordsWithoutCaseOrAccents() {
        assertThat(Names.isStopWord("Über")).isTrue();
        assertThat(Names.isStopWord("APRÈS")).isTrue();
        assertThat(Names.isStopWord("Lagarde")).isFalse();
        assertThat(texts("Après Macron, Über Merz")).containsExactly("Macron", "Merz");
    }

    @Test
    void givesWhereEachNameStands() {
        String text = "Yesterday  The Hague said so; O'Brien's team-";
        List<Names.Name> names = Names.find(text);
        assertThat(names).extracting(Names.Name::text).containsExactly("Hague", "O'Brien's");
        for (Names.Name name : names) {
            assertThat(text.substring(name.start(), name.end())).isEqualTo(name.text());
        }
    }

    @Test
    void foldsCaseAccentsSharpSAndJoiners() {
        assertThat(Names.fold("Straße")).isEqualTo("strasse");
        assertThat(Names.fold("Aujourd'hui")).isEqualTo("aujourdhui");
        assertThat(Names.fold("Élysée")).isEqualTo("elysee");
    }

    private static List<String> texts(String text) {
        return Names.find(text).stream().map(Names.Name::text).toList();
    }
}
