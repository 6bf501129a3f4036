package org.broadsheet.web;

/** The article page: the article and its comment section. */
public record ArticlePage(Layout layout, ArticleView article, CommentsSection comments) {}
