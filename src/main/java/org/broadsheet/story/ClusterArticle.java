package org.broadsheet.story;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article as the clustering sees it.
 *
 * @param id the article's id, unique among the articles clustered together
 * @param published when it was published; null when unknown (it is then clustered as if published now)
 * @param source the outlet's name or id, or null
 * @param language ISO 639-1 code, or null when unknown
 * @param vector the unit-length embedding of {@link #embeddingText(String, String)}, or an empty array for none
 */
public record ClusterArticle(
        long id,
        String title,
        String text,
        @Nullable Instant published,
        @Nullable String source,
        @Nullable String language,
        float[] vector) {

    /** How much of the body goes into the embedding after the title: the lead, which carries who, what and where. */
    private static final int LEAD_CHARACTERS = 600;

    public ClusterArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(vector, "vector");
    }

    /**
     * The text whose embedding clustering expects: the title, then the start of the body, cut at a word boundary.
     * Every path that embeds articles for stories uses this, so that their vectors agree.
     */
    public static String embeddingText(String title, String text) {
        String lead = text.strip();
        if (lead.length() > LEAD_CHARACTERS) {
            int cut = lead.lastIndexOf(' ', LEAD_CHARACTERS);
            lead = lead.substring(0, cut > 0 ? cut : LEAD_CHARACTERS);
        }
        return title.strip() + "\n\n" + lead;
    }
}
