package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/**
 * The article page.
 *
 * @param story the link to the story the article is part of, or null when it stands alone
 */
public record ArticlePage(
        Layout layout, ArticleView article, @Nullable StoryLink story) {}
