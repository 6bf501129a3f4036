package org.broadsheet.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;

/**
 * Keyword search (BM25 over the per-language fields, titles boosted) and vector search (HNSW nearest neighbours),
 * under the same filters, fused by reciprocal rank: each article scores the sum of 1 / (60 + its rank) in each list.
 * Vector results count only above a similarity floor, so that a query about nothing in the index finds nothing.
 */
final class HybridSearch {
    /** The usual constant of reciprocal rank fusion: it keeps one list's top ranks from drowning the other. */
    static final int RRF_K = 60;
    /** How many nearest articles the vector search contributes at most. */
    static final int VECTOR_DEPTH = 50;
    /**
     * Cosine similarity below which a nearest article is not considered a match. MiniLM puts paraphrases
     * ("ceasefire talks" / "truce negotiations") around 0.5 and unrelated news below 0.2; a short query against a title plus lead scores lower than against a title alone.
     */
    static final float MIN_SIMILARITY = 0.35f;

    /** How deep the keyword ranking is read, the same for every page; results end there. */
    private static final int MAX_DEPTH = 1000;

    private final LanguageFields languages;
    private final String[] fields;
    private final Map<String, Float> boosts;

    HybridSearch(LanguageFields languages) {
        this.languages = languages;
        this.boosts = LanguageFields.queryFields();
        this.fields = boosts.keySet().toArray(String[]::new);
    }

    /** Parses the reader's query over every text field; words are all required unless joined by OR. */
    Query parse(String text) {
        String query = text.strip();
        if (query.isEmpty()) {
            throw new BadQueryException("Type a word or two to search for.");
        }
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw new BadQueryException(
                    "That search is too long; use at most " + SearchRequest.MAX_QUERY_LENGTH + " characters.");
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, languages.analyzer(), boosts) {
            @Override
            protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
                checkFuzzy(term.text(), minimumSimilarity);
                return super.newFuzzyQuery(term, minimumSimilarity, prefixLength);
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(query);
        } catch (BadQueryException e) {
            throw e;
        } catch (ParseException | RuntimeException e) {
            throw new BadQueryException(
                    "We could not understand that search. Check that quotes and brackets are closed, and that AND,"
                            + " OR and NOT stand between words.",
                    e);
        }
    }

    /**
     * Refuses a fuzzy word ({@code word~N}) that allows more edits than half its length. Lucene scores each word it
     * finds by {@code 1 - edits / length} of the shorter of the two, which turns negative for such a query as soon as
     * the index holds a short enough word, and a negative score cannot be searched with.
     */
    static void checkFuzzy(String word, float minimumSimilarity) {
        int length = word.codePointCount(0, word.length());
        int edits = FuzzyQuery.floatToEdits(minimumSimilarity, length);
        if (length < 2 * edits) {
            int allowed = length / 2;
            throw new BadQueryException("\"" + word + "~\" allows " + edits + " changes to a word of " + length
                    + (length == 1 ? " letter" : " letters") + "; a fuzzy word allows at most one change for every two"
                    + " letters"
                    + (allowed == 0 ? ", so search for " + word + " itself." : ": try " + word + "~" + allowed + "."));
        }
    }

    Found run(IndexSearcher searcher, SearchRequest request, Query text, float @Nullable [] vector) throws IOException {
        Query filter = filter(request);
        Query keyword = filter == null
                ? text
                : new BooleanQuery.Builder()
                        .add(text, Occur.MUST)
                        .add(filter, Occur.FILTER)
                        .build();
        // One depth for every page: were it to grow with the page, an article deep in the keyword ranking but near
        // the top by meaning would score differently on different pages, and pages would repeat or skip it.
        TopDocs words;
        try {
            words = searcher.search(keyword, MAX_DEPTH);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("That search matches too many different words; make the wildcard longer.", e);
        }
        Map<Integer, Double> fused = new LinkedHashMap<>();
        for (int rank = 0; rank < words.scoreDocs.length; rank++) {
            fused.merge(words.scoreDocs[rank].doc, 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        Map<Integer, Boolean> semantic = new HashMap<>();
        if (vector != null) {
            TopDocs nearest = searcher.search(
                    new KnnFloatVectorQuery(LuceneDocuments.VECTOR, vector, VECTOR_DEPTH, filter), VECTOR_DEPTH);
            int rank = 0;
            for (ScoreDoc sd : nearest.scoreDocs) {
                // DOT_PRODUCT scores are (1 + cosine) / 2.
                float cosine = 2 * sd.score - 1;
                if (cosine < MIN_SIMILARITY) {
                    continue;
                }
                rank++;
                semantic.put(sd.doc, !fused.containsKey(sd.doc));
                fused.merge(sd.doc, 1.0 / (RRF_K + rank), Double::sum);
            }
        }
        long onlyByMeaning = semantic.values().stream().filter(b -> b).count();
        List<Integer> order = new ArrayList<>(fused.keySet());
        // Ties go to the lower document number, so that every page cuts the same total order.
        if (request.sort() == SearchRequest.Sort.NEWEST) {
            Map<Integer, Long> times = new HashMap<>();
            for (int doc : order) {
                times.put(doc, time(searcher, doc));
            }
            order.sort(Comparator.comparing((Integer doc) -> times.get(doc))
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()));
        } else {
            order.sort(Comparator.comparing((Integer doc) -> fused.get(doc))
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()));
        }
        long total = words.totalHits.value() + onlyByMeaning;
        return new Found(order, semantic, total);
    }

    /** Documents in result order, which of them were found by meaning alone, and the count of matches. */
    record Found(List<Integer> docs, Map<Integer, Boolean> semantic, long total) {}

    private static @Nullable Query filter(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (r.sourceId() != null) {
            b.add(
                    new TermQuery(new org.apache.lucene.index.Term(
                            LuceneDocuments.SOURCE, r.sourceId().toString())),
                    Occur.FILTER);
            any = true;
        }
        if (r.language() != null) {
            b.add(term(LuceneDocuments.LANGUAGE, LuceneDocuments.normal(r.language())), Occur.FILTER);
            any = true;
        }
        if (r.country() != null) {
            b.add(term(LuceneDocuments.COUNTRY, LuceneDocuments.normal(r.country())), Occur.FILTER);
            any = true;
        }
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli();
            b.add(LongPoint.newRangeQuery(LuceneDocuments.TIME, from, to), Occur.FILTER);
            any = true;
        }
        return any ? b.build() : null;
    }

    private static Query term(String field, String value) {
        return new TermQuery(new org.apache.lucene.index.Term(field, value));
    }

    static long time(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues values = leaf.reader().getNumericDocValues(LuceneDocuments.TIME);
        if (values != null && values.advanceExact(doc - leaf.docBase)) {
            return values.longValue();
        }
        return 0;
    }

    /** The hit for document {@code doc}, with the query's words marked in its title and snippet. */
    SearchHit hit(IndexSearcher searcher, int doc, Query text, boolean semantic) throws IOException {
        Document d = searcher.storedFields().document(doc);
        String language = d.get(LuceneDocuments.LANGUAGE);
        String group = LanguageFields.group(language);
        String title = d.get(LuceneDocuments.TITLE);
        Snippets snippets = new Snippets(languages.of(group), text);
        return new SearchHit(
                Long.parseLong(d.get(LuceneDocuments.ID)),
                Long.parseLong(d.get(LuceneDocuments.SOURCE)),
                d.get(LuceneDocuments.OUTLET),
                language == null || language.isEmpty() ? null : language,
                Instant.ofEpochMilli(
                        d.getField(LuceneDocuments.TIME).numericValue().longValue()),
                title,
                snippets.title(LanguageFields.TITLE + group, title),
                snippets.body(LanguageFields.BODY + group, d.get(LuceneDocuments.LEAD), d.get(LuceneDocuments.EXCERPT)),
                semantic);
    }
}
