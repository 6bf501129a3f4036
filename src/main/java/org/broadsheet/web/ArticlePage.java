package org.broadsheet.web;

import java.util.List;

/** The article page, with the articles related to it (none when search is not set up or nothing is close). */
public record ArticlePage(Layout layout, ArticleView article, List<RelatedCard> related) {
    public ArticlePage {
        related = List.copyOf(related);
    }
}
