package org.broadsheet.web;

import org.jspecify.annotations.Nullable;

/**
 * An outlet as its page and the operator's table show it.
 *
 * @param homepage the outlet's site, when it is an http(s) address
 * @param display "full" or "excerpt"
 */
public record SourceView(
        long id,
        String href,
        String name,
        @Nullable String homepage,
        String feedUrl,
        @Nullable String country,
        @Nullable String language,
        String display,
        boolean paused,
        HealthView health) {}
