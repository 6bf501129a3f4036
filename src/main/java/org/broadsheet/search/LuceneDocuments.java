package org.broadsheet.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.broadsheet.search.Neighbours.Candidate;
import org.broadsheet.search.Neighbours.Term;
import org.jspecify.annotations.Nullable;

/** The Lucene document of an article, and reading one back: the index's field layout in one place. */
final class LuceneDocuments {
    static final String ID = "id";
    static final String HASH = "hash";
    static final String SOURCE = "source";
    static final String LANGUAGE = "language";
    static final String COUNTRY = "country";
    static final String TIME = "time";
    static final String TITLE = "title";
    static final String OUTLET = "outlet";
    static final String EXCERPT = "excerpt";
    static final String LEAD = "lead";
    static final String ENTITY = "entity";
    static final String KEYWORD = "keyword";
    static final String ENTITIES = "entities";
    static final String KEYWORDS = "keywords";
    static final String VECTOR = "vector";

    private static final char UNIT = '\u001f';
    private static final char RECORD = '\u001e';

    private final LanguageFields languages;

    LuceneDocuments(LanguageFields languages) {
        this.languages = languages;
    }

    Document document(IndexedArticle a) {
        String group = LanguageFields.group(a.language());
        Document doc = new Document();
        doc.add(new KeywordField(ID, Long.toString(a.id()), Field.Store.YES));
        doc.add(new StoredField(HASH, a.contentHash()));
        doc.add(new KeywordField(SOURCE, Long.toString(a.sourceId()), Field.Store.YES));
        doc.add(new KeywordField(LANGUAGE, normal(a.language()), Field.Store.YES));
        doc.add(new KeywordField(COUNTRY, normal(a.country()), Field.Store.NO));
        long millis = a.time().toEpochMilli();
        doc.add(new LongPoint(TIME, millis));
        doc.add(new NumericDocValuesField(TIME, millis));
        doc.add(new StoredField(TIME, millis));
        doc.add(new TextField(LanguageFields.TITLE + group, a.title(), Field.Store.NO));
        doc.add(new TextField(LanguageFields.BODY + group, a.text(), Field.Store.NO));
        doc.add(new StoredField(TITLE, a.title()));
        doc.add(new StoredField(OUTLET, a.outlet()));
        doc.add(new StoredField(EXCERPT, a.excerpt()));
        doc.add(new StoredField(LEAD, Signals.opening(a.text())));
        List<Term> entities = Signals.entities(a.title(), a.text());
        List<Term> keywords = Signals.keywords(languages.of(group), a.title(), a.text());
        entities.forEach(t -> doc.add(new KeywordField(ENTITY, t.key(), Field.Store.NO)));
        keywords.forEach(t -> doc.add(new KeywordField(KEYWORD, t.key(), Field.Store.NO)));
        doc.add(new StoredField(ENTITIES, join(entities)));
        doc.add(new StoredField(KEYWORDS, join(keywords)));
        float[] vector = a.vector();
        if (vector != null && isUsable(vector)) {
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    /** A zero vector (a blank text) has no direction, and the dot-product index needs unit length. */
    private static boolean isUsable(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        return Math.abs(norm - 1) < 0.01;
    }

    static String normal(@Nullable String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    }

    /** The stored summary of document {@code doc}, with {@code similarity} to the article asked about. */
    static Candidate candidate(IndexSearcher searcher, int doc, float similarity) throws IOException {
        Document d = searcher.storedFields().document(doc);
        return new Candidate(
                Long.parseLong(d.get(ID)),
                Long.parseLong(d.get(SOURCE)),
                d.get(OUTLET),
                d.get(TITLE),
                d.get(EXCERPT),
                Instant.ofEpochMilli(d.getField(TIME).numericValue().longValue()),
                split(d.get(ENTITIES)),
                split(d.get(KEYWORDS)),
                similarity);
    }

    private static String join(List<Term> terms) {
        StringBuilder s = new StringBuilder();
        for (Term t : terms) {
            if (!s.isEmpty()) {
                s.append(RECORD);
            }
            s.append(t.key()).append(UNIT).append(t.label());
        }
        return s.toString();
    }

    private static List<Term> split(@Nullable String stored) {
        List<Term> terms = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return terms;
        }
        for (String record : stored.split(String.valueOf(RECORD))) {
            int unit = record.indexOf(UNIT);
            terms.add(new Term(record.substring(0, unit), record.substring(unit + 1)));
        }
        return terms;
    }
}
