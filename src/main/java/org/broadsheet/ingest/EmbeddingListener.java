package org.broadsheet.ingest;

/**
 * Told each time an article's embedding is computed (a new article, or one whose content changed), on the enrichment
 * thread, after the vector is stored. Implementations should be quick; an exception is logged and does not stop
 * enrichment.
 */
@FunctionalInterface
public interface EmbeddingListener {
    /** Article {@code articleId} now has {@code vector} (unit length, 384 floats; do not modify it). */
    void embedded(long articleId, float[] vector);
}
