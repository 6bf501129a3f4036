package org.broadsheet.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The article page: the article, its comment section, the articles related to it (none when search is not set up or
 * nothing is close), the "AI features" panel ({@code ai}, absent when the site runs without it) and the link to the
 * story the article is part of ({@code story}, null when it stands alone).
 */
public record ArticlePage(
        Layout layout,
        ArticleView article,
        CommentsSection comments,
        List<RelatedCard> related,
        @Nullable AiPanelView ai,
        @Nullable StoryLink story) {
    public ArticlePage {
        related = List.copyOf(related);
    }
}
