package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebLeadImageTest {
    static final String IMAGE = "https://news.example/img/lead.jpg";

    @Test
    void recognisesABodyThatOpensWithTheLeadImage() {
        assertThat(LeadImage.bodyOpensWith("<figure><img src=\"" + IMAGE + "\"></figure><p>Text</p>", IMAGE))
                .isTrue();
        assertThat(LeadImage.bodyOpensWith("<p> <img src=\"" + IMAGE + "?w=800\"> Text</p>", IMAGE))
                .isTrue();
    }

    @Test
    void keepsTheLeadImageWhenTextComesFirstOrTheImageDiffers() {
        assertThat(LeadImage.bodyOpensWith("<p>Text first</p><img src=\"" + IMAGE + "\">", IMAGE))
                .isFalse();
        assertThat(LeadImage.bodyOpensWith("<img src=\"https://news.example/img/other.jpg\">", IMAGE))
                .isFalse();
        assertThat(LeadImage.bodyOpensWith("<p>No images</p>", IMAGE)).isFalse();
    }
}
