package org.broadsheet.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of articles, newest first; {@code next} is the {@code after} token of the next page, or null at the end. */
public record ArticleListJson(
        List<ArticleJson> articles, @Nullable String next) {}
