package org.broadsheet.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.broadsheet.store.Article;
import org.broadsheet.store.DisplayPolicy;
import org.jspecify.annotations.Nullable;

/**
 * One article: the list fields, the outlet's display policy, and the body as text and sanitised HTML when the policy
 * is full ({@code text} and {@code html} are left out for "excerpt"); {@code contentFlag} is {@code TRUNCATED} or
 * {@code PAYWALLED} when the body may be incomplete, and left out otherwise.
 */
public record ArticleDetailJson(
        @JsonUnwrapped ArticleJson article,
        String display,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String html,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String contentFlag) {

    static ArticleDetailJson of(Article a, String sourceName, DisplayPolicy display) {
        boolean full = display == DisplayPolicy.FULL;
        return new ArticleDetailJson(
                ArticleJson.of(a, sourceName),
                display.code(),
                full ? a.text() : null,
                full ? a.html() : null,
                a.contentFlag() == null ? null : a.contentFlag().name());
    }
}
