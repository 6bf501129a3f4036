package org.broadsheet.story;

import java.time.Instant;

/** An article inside the clusterer: its input, its weighted terms and the time it is clustered by. */
record Member(ClusterArticle article, TermVector terms, Instant time) {
    float[] vector() {
        return article.vector();
    }

    boolean hasVector() {
        return article.vector().length > 0;
    }
}
