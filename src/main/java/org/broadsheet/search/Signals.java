package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.broadsheet.search.Neighbours.Term;
import org.broadsheet.text.Names;

/**
 * The cheap signals of what an article is about, taken from its title and opening: capitalised names (people, places,
 * organisations, events, in any Latin-script language, as {@link Names} reads them) and its most frequent content
 * words, stemmed by the article's language analyser. Names in the title count twice.
 */
final class Signals {
    static final int MAX_ENTITIES = 12;
    static final int MAX_KEYWORDS = 10;
    /** How much of the body is read: the opening carries the who and where of a news story. */
    static final int OPENING = 1500;

    private Signals() {}

    /** The names {@code title} and the opening of {@code text} mention most, most prominent first. */
    static List<Term> entities(String title, String text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        collectNames(title, 2, counts, labels);
        collectNames(opening(text), 1, counts, labels);
        return top(counts, labels, MAX_ENTITIES);
    }

    private static void collectNames(String text, int weight, Map<String, Integer> counts, Map<String, String> labels) {
        for (Names.Name name : Names.find(text)) {
            String key = name.text().toLowerCase(Locale.ROOT);
            counts.merge(key, weight, Integer::sum);
            labels.putIfAbsent(key, name.text());
        }
    }

    /** The most frequent content words of {@code title} and the opening of {@code text}, as {@code analyzer} stems them. */
    static List<Term> keywords(Analyzer analyzer, String title, String text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        collectWords(analyzer, title, 2, counts, labels);
        collectWords(analyzer, opening(text), 1, counts, labels);
        return top(counts, labels, MAX_KEYWORDS);
    }

    private static void collectWords(
            Analyzer analyzer, String text, int weight, Map<String, Integer> counts, Map<String, String> labels) {
        try (TokenStream tokens = analyzer.tokenStream("keywords", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String key = term.toString();
                if (key.length() < 3 || key.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                counts.merge(key, weight, Integer::sum);
                labels.putIfAbsent(
                        key,
                        text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
    }

    private static List<Term> top(Map<String, Integer> counts, Map<String, String> labels, int max) {
        List<String> order = new ArrayList<>(labels.keySet());
        // Stable: equal counts keep the order of first appearance.
        order.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return order.stream()
                .limit(max)
                .map(key -> new Term(key, labels.get(key)))
                .toList();
    }

    static String opening(String text) {
        if (text.length() <= OPENING) {
            return text;
        }
        int cut = text.lastIndexOf(' ', OPENING);
        return text.substring(0, cut > OPENING / 2 ? cut : OPENING);
    }
}
