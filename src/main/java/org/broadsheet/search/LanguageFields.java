package org.broadsheet.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * Per-language analysis: an article's title and body go to fields named for its language group ({@code title_en},
 * {@code body_de}, ...), each analysed its own way (English, German and French stemming and stop words, CJK bigrams
 * for Chinese, Japanese and Korean, the standard tokenizer otherwise). A query is analysed once per field, so one
 * query finds articles in every language group.
 */
final class LanguageFields {
    /** Language groups; "std" holds every language without its own analyser, and articles of unknown language. */
    static final List<String> GROUPS = List.of("en", "de", "fr", "cjk", "std");

    static final String TITLE = "title_";
    static final String BODY = "body_";
    private static final float TITLE_BOOST = 3f;

    private final Map<String, Analyzer> byGroup = new LinkedHashMap<>();
    private final PerFieldAnalyzerWrapper analyzer;

    LanguageFields() {
        byGroup.put("en", new EnglishAnalyzer());
        byGroup.put("de", new GermanAnalyzer());
        byGroup.put("fr", new FrenchAnalyzer());
        byGroup.put("cjk", new CJKAnalyzer());
        byGroup.put("std", new StandardAnalyzer());
        Map<String, Analyzer> perField = new HashMap<>();
        for (String group : GROUPS) {
            perField.put(TITLE + group, byGroup.get(group));
            perField.put(BODY + group, byGroup.get(group));
        }
        analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** The group of an ISO 639 language code such as "en" or "de-AT". */
    static String group(@Nullable String language) {
        if (language == null || language.isBlank()) {
            return "std";
        }
        String primary = language.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        return switch (primary) {
            case "en", "de", "fr" -> primary;
            case "zh", "ja", "ko" -> "cjk";
            default -> "std";
        };
    }

    /** The analyser that knows every field. */
    Analyzer analyzer() {
        return analyzer;
    }

    /** The analyser of one language group. */
    Analyzer of(String group) {
        return byGroup.get(group);
    }

    /** Every text field a query searches, with its boost. */
    static Map<String, Float> queryFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        for (String group : GROUPS) {
            fields.put(TITLE + group, TITLE_BOOST);
            fields.put(BODY + group, 1f);
        }
        return fields;
    }

    void close() {
        byGroup.values().forEach(Analyzer::close);
        analyzer.close();
    }
}
