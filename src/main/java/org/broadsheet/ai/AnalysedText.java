package org.broadsheet.ai;

import java.util.List;

/** An article's sentences with their analysed terms and a BM25 index over them: everything lexical, no embeddings. */
record AnalysedText(List<Sentence> sentences, List<List<String>> terms, Bm25 bm25) {

    static AnalysedText of(String text) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<List<String>> terms =
                sentences.stream().map(s -> Terms.of(s.text())).toList();
        return new AnalysedText(sentences, terms, new Bm25(terms));
    }

    int size() {
        return sentences.size();
    }
}
