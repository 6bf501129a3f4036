package org.broadsheet.ai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The index terms of a text as Lucene's English analyser makes them: standard tokens, possessives removed,
 * lower-cased, English stop words dropped, Porter-stemmed. Thread-safe.
 */
final class Terms {
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private Terms() {}

    /** The terms of {@code text}, in order, with repeats. */
    static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return terms;
    }
}
