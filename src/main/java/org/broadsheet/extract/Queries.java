package org.broadsheet.extract;

import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once. {@code select(String)} parses its query on every call, which showed up in profiles of
 * extraction; callers pass only constant query strings, so the map stays small.
 */
final class Queries {
    private static final ConcurrentHashMap<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Queries() {}

    /** The parsed form of {@code css}, a constant query. */
    static Evaluator of(String css) {
        return PARSED.computeIfAbsent(css, QueryParser::parse);
    }
}
