package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/** The OpenGraph tags that make a shared link show a title, a summary and a picture. */
public record OpenGraph(
        String type,
        String title,
        String description,
        String url,
        @Nullable String image) {}
