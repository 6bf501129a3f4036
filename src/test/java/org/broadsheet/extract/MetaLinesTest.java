package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaLinesTest {
    @Test
    void recognisesBylineAndDatelineBlocksInThreeLanguages() {
        assertThat(MetaLines.isBylineOrDate(
                        "By Grace Whitaker Published November 28, 2026, 3:19 AM UTC Updated November 28, 2026,"
                                + " 3:19 AM UTC",
                        "Grace Whitaker"))
                .isTrue();
        assertThat(MetaLines.isBylineOrDate("Von Miriam Falk · 28. November 2026, 02:15 Uhr (UTC)", null))
                .isTrue();
        assertThat(MetaLines.isBylineOrDate(
                        "Par Claire Maheu — publié le 28 novembre 2026 à 01h55 UTC, mis à jour à 03h10", null))
                .isTrue();
    }

    @Test
    void recognisesTheKnownAuthorsLineWhateverHerTitle() {
        String line = "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project";
        assertThat(MetaLines.isBylineOrDate(line, "Daniel Kahn Gillmor")).isTrue();
        assertThat(MetaLines.isBylineOrDate(line, null)).isFalse();
        String prose = "By then Daniel Kahn Gillmor had left the project, and the rest of the team carried on.";
        assertThat(MetaLines.isBylineOrDate(prose, "Daniel Kahn Gillmor")).isFalse();
    }

    @Test
    void keepsShortProseThatMentionsADate() {
        assertThat(MetaLines.isBylineOrDate(
                        "The description was published on Tuesday in a peer-reviewed marine biology journal.", null))
                .isFalse();
        assertThat(MetaLines.isBylineOrDate("By nightfall on 28 November, rescuers had refloated 28 whales.", null))
                .isFalse();
    }

    @Test
    void recognisesAdLabelsButNotSentencesAboutAdvertising() {
        assertThat(MetaLines.isAdLabel("ADVERTISEMENT")).isTrue();
        assertThat(MetaLines.isAdLabel("Publicité")).isTrue();
        assertThat(MetaLines.isAdLabel("Anzeige")).isTrue();
        assertThat(MetaLines.isAdLabel("Advertising revenue fell.")).isFalse();
    }

    @Test
    void recognisesCreditOnlyCaptionsButNotDescriptiveOnes() {
        assertThat(MetaLines.isCredit("Illustration: The Harbour Gazette")).isTrue();
        assertThat(MetaLines.isCredit("© Agence Littoral")).isTrue();
        assertThat(MetaLines.isCredit("Photo: Firefighters on the containment line near Yarrandale at dawn"))
                .isFalse();
        assertThat(MetaLines.isCredit("Firefighters at work. Photo: Agency")).isFalse();
    }
}
