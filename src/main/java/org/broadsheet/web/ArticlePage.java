package org.broadsheet.web;

import java.util.List;

/**
 * The article page: the article, its comment section and the articles related to it (none when search is not set up
 * or nothing is close).
 */
public record ArticlePage(Layout layout, ArticleView article, CommentsSection comments, List<RelatedCard> related) {
    public ArticlePage {
        related = List.copyOf(related);
    }
}
