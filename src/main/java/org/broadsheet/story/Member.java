package org.broadsheet.story;

import java.time.Instant;

/** An article inside the clusterer: its input, its weighted terms, its shingle signature and its clustering time. */
record Member(ClusterArticle article, TermVector terms, MinHash shingles, Instant time) {
    float[] vector() {
        return article.vector();
    }

    boolean hasVector() {
        return article.vector().length > 0;
    }
}
