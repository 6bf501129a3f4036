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

    PreparedArticle(AnalysedText text, List<float[]> vectors) {
        if (vectors.size() != text.sentences().size()) {
            throw new IllegalArgumentException(
                    "vectors: " + vectors.size() + " for " + text.sentences().size() + " sentences");
        }
        this.text = text;
        this.vectors = List.copyOf(vectors);
        this.resolved = new Bm25(Antecedents.resolve(text.sentences(), text.terms()));
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

    float[] vector(int sentence) {
        return Objects.requireNonNull(vectors.get(sentence));
    }
}
