package org.broadsheet.app;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.broadsheet.ai.Answerer;
import org.broadsheet.ai.PreparedArticle;

/**
 * The last few articles prepared for questions, so that consecutive questions about one article (the usual layout of
 * a questions file) embed its sentences once.
 */
final class PreparedArticles {
    private static final int KEEP = 8;

    private final Answerer answerer;
    private final Cache<String, PreparedArticle> recent =
            Caffeine.newBuilder().maximumSize(KEEP).build();

    PreparedArticles(Answerer answerer) {
        this.answerer = answerer;
    }

    PreparedArticle of(String text) {
        return recent.get(text, answerer::prepare);
    }
}
