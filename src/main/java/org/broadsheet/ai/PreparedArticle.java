package org.broadsheet.ai;

import java.util.List;
import java.util.Objects;

/**
 * An article made ready for questions: its sentences, their analysed terms with a BM25 index, and one embedding per
 * sentence. Immutable and thread-safe; build one with {@link Answerer#prepare} and keep it while the article is asked
 * about, or store {@link #vectors()} and rebuild it cheaply with {@link Answerer#prepare(String, List)}.
 */
public final class PreparedArticle {
    private final AnalysedText text;
    private final List<float[]> vectors;
    private final Bm25 resolved;
    private final float[] centroid;

    PreparedArticle(AnalysedText text, List<float[]> vectors) {
        if (vectors.size() != text.sentences().size()) {
            throw new IllegalArgumentException(
                    "vectors: " + vectors.size() + " for " + text.sentences().size() + " sentences");
        }
        this.text = text;
        this.vectors = List.copyOf(vectors);
        this.resolved = new Bm25(Antecedents.resolve(text.sentences(), text.terms()));
        this.centroid = new float[vectors.isEmpty() ? 0 : vectors.getFirst().length];
        double norm = 0;
        for (float[] v : vectors) {
            for (int d = 0; d < Math.min(v.length, centroid.length); d++) {
                centroid[d] += v[d];
            }
        }
        for (float x : centroid) {
            norm += x * x;
        }
        for (int d = 0; d < centroid.length; d++) {
            centroid[d] /= (float) Math.max(1e-9, Math.sqrt(norm));
        }
    }

    /** The article's sentences, in order. */
    public List<Sentence> sentences() {
        return text.sentences();
    }

    /** One unit-length embedding per sentence, in the same order. */
    public List<float[]> vectors() {
        return vectors;
    }

    AnalysedText text() {
        return text;
    }

    /** BM25 over the sentences' terms with the names that their opening pronouns point back to. */
    Bm25 resolved() {
        return resolved;
    }

    /** The unit-length mean of the sentence vectors: what the article as a whole is about. */
    float[] centroid() {
        return centroid;
    }

    float[] vector(int sentence) {
        return Objects.requireNonNull(vectors.get(sentence));
    }
}
