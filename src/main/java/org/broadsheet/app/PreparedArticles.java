package org.broadsheet.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.broadsheet.ai.Answerer;
import org.broadsheet.ai.PreparedArticle;

/**
 * The last few articles prepared for questions, so that consecutive questions about one article (the usual layout of
 * a questions file) embed its sentences once.
 */
final class PreparedArticles {
    private static final int KEEP = 8;

    private final Answerer answerer;
    private final Map<String, PreparedArticle> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedArticle> eldest) {
            return size() > KEEP;
        }
    };

    PreparedArticles(Answerer answerer) {
        this.answerer = answerer;
    }

    PreparedArticle of(String text) {
        return recent.computeIfAbsent(text, answerer::prepare);
    }
}
