package org.broadsheet.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * What the AI panel computed for one version of an article: its summary (opaque JSON written by the caller) and,
 * once computed, one vector per sentence. Both are found only for the content hash they were computed from, so an
 * edited article's old summary is never shown. Writes here do not change {@link Database#version()}: a summary adds
 * to a page but does not make cached pages stale.
 */
public final class SummaryStore {
    private final Jdbi jdbi;
    private final Writes writes;

    SummaryStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /** The stored work for an article version; {@code vectors} is empty until {@link #putVectors} stored them. */
    public record Entry(String summary, List<float[]> vectors) {}

    /**
     * Stores the summary of article {@code articleId} computed from the content with {@code contentHash}, replacing
     * the summary and vectors of any other version.
     */
    public void putSummary(long articleId, String contentHash, String summary, Instant now) {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(summary, "summary");
        writes.transaction(h -> {
            h.createUpdate("DELETE FROM article_summary WHERE article_id = :id AND content_hash <> :hash")
                    .bind("id", articleId)
                    .bind("hash", contentHash)
                    .execute();
            return h.createUpdate("INSERT INTO article_summary (article_id, content_hash, summary, created)"
                            + " VALUES (:id, :hash, :summary, :created)"
                            + " ON CONFLICT (article_id) DO UPDATE SET summary = excluded.summary,"
                            + " created = excluded.created")
                    .bind("id", articleId)
                    .bind("hash", contentHash)
                    .bind("summary", summary)
                    .bind("created", now.toEpochMilli())
                    .execute();
        });
    }

    /**
     * Stores the sentence vectors of the article version whose summary is stored; returns false (storing nothing)
     * when that version's summary is not there, for example because the article changed meanwhile.
     */
    public boolean putVectors(long articleId, String contentHash, String model, List<float[]> vectors) {
        Objects.requireNonNull(model, "model");
        int dimensions = vectors.isEmpty() ? 0 : vectors.getFirst().length;
        byte[] bytes = toHalfFloats(vectors, dimensions);
        int updated = writes.transaction(h -> h.createUpdate("UPDATE article_summary SET vector_model = :model,"
                        + " vector_dimensions = :dims, vectors = :vectors"
                        + " WHERE article_id = :id AND content_hash = :hash")
                .bind("model", model)
                .bind("dims", dimensions)
                .bind("vectors", bytes)
                .bind("id", articleId)
                .bind("hash", contentHash)
                .execute());
        return updated == 1;
    }

    /**
     * The work stored for the version of article {@code articleId} with {@code contentHash}; its vectors only if they
     * came from {@code model}.
     */
    public Optional<Entry> find(long articleId, String contentHash, String model) {
        return jdbi.withHandle(h -> h.createQuery("SELECT summary, vector_model, vector_dimensions, vectors"
                        + " FROM article_summary WHERE article_id = :id AND content_hash = :hash")
                .bind("id", articleId)
                .bind("hash", contentHash)
                .map((rs, ctx) -> {
                    String vectorModel = rs.getString(2);
                    int dimensions = rs.getInt(3);
                    byte[] bytes = rs.getBytes(4);
                    List<float[]> vectors =
                            model.equals(vectorModel) && bytes != null ? fromHalfFloats(bytes, dimensions) : List.of();
                    return new Entry(rs.getString(1), vectors);
                })
                .findOne());
    }

    static byte[] toHalfFloats(List<float[]> vectors, int dimensions) {
        ByteBuffer buffer = ByteBuffer.allocate(vectors.size() * dimensions * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : vectors) {
            if (v.length != dimensions) {
                throw new IllegalArgumentException("vectors differ in length: " + v.length + " and " + dimensions);
            }
            for (float x : v) {
                buffer.putShort(Float.floatToFloat16(x));
            }
        }
        return buffer.array();
    }

    static List<float[]> fromHalfFloats(byte[] bytes, int dimensions) {
        if (dimensions <= 0 || bytes.length % (dimensions * 2) != 0) {
            throw new IllegalStateException(
                    "stored vectors have " + bytes.length + " bytes, not a multiple of " + dimensions + " halves");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<float[]> vectors = new ArrayList<>();
        while (buffer.hasRemaining()) {
            float[] v = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                v[d] = Float.float16ToFloat(buffer.getShort());
            }
            vectors.add(v);
        }
        return vectors;
    }

    /** How many article versions have a stored summary (for metrics and tests). */
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article_summary")
                .mapTo(Long.class)
                .one());
    }
}
