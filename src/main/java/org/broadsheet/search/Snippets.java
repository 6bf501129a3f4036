package org.broadsheet.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.jspecify.annotations.Nullable;

/**
 * Escaped HTML of a result's title and best passages with the matched words in {@code <mark>}. The terms come from the
 * query as parsed for the article's own language field, so a stemmed match ("talks" for "talk") is marked too.
 */
final class Snippets {
    static final int FRAGMENT = 160;
    static final int SNIPPET = 280;

    private final Analyzer analyzer;
    private final Query query;

    Snippets(Analyzer analyzer, Query query) {
        this.analyzer = analyzer;
        this.query = query;
    }

    String title(String field, String title) {
        Highlighter h = highlighter(new QueryScorer(query, field));
        h.setTextFragmenter(new NullFragmenter());
        String marked = best(h, field, title, 1);
        return marked != null ? marked : new SimpleHTMLEncoder().encodeText(title);
    }

    /** Up to two passages of {@code lead} that match; the start of {@code excerpt} when none does. */
    String body(String field, String lead, String excerpt) {
        // The fragmenter must share the highlighter's scorer: the highlighter prepares it for each text.
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter h = highlighter(scorer);
        h.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        String marked = best(h, field, lead, 2);
        if (marked != null) {
            return marked;
        }
        return new SimpleHTMLEncoder().encodeText(clip(excerpt.isBlank() ? lead : excerpt));
    }

    private static Highlighter highlighter(QueryScorer scorer) {
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
    }

    private @Nullable String best(Highlighter h, String field, String text, int fragments) {
        try {
            String[] found = h.getBestFragments(analyzer, field, text, fragments);
            if (found.length == 0) {
                return null;
            }
            return String.join(" … ", found).strip();
        } catch (IOException | InvalidTokenOffsetsException e) {
            throw new IllegalStateException("highlighting text in memory failed", e);
        }
    }

    static String clip(String text) {
        return clip(text, SNIPPET);
    }

    static String clip(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(" ", max);
        return flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
