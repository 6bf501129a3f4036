package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/** The article page; {@code ai} is the "AI features" panel, absent when the site runs without it. */
public record ArticlePage(
        Layout layout, ArticleView article, @Nullable AiPanelView ai) {}
