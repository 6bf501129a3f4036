package org.broadsheet.web;

/** The article page. */
public record ArticlePage(Layout layout, ArticleView article) {}
