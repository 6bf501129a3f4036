package org.broadsheet.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Article embeddings: one vector per article and model, remembered with the article's content hash so that a vector is
 * computed again only when the article's content or the model changed.
 */
public final class EmbeddingStore {
    private final Jdbi jdbi;
    private final Writes writes;

    EmbeddingStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /** An article whose embedding is missing or stale, with the content hash the new vector will belong to. */
    public record Pending(long articleId, String contentHash) {}

    /**
     * Stores the vector of an article as computed by {@code model} from the content with {@code contentHash},
     * replacing any earlier one.
     */
    public void put(long articleId, String model, String contentHash, float[] vector, Instant now) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(vector, "vector");
        byte[] bytes = toBytes(vector);
        writes.transaction(h -> {
            h.createUpdate("DELETE FROM article_embedding WHERE article_id = :id")
                    .bind("id", articleId)
                    .execute();
            return h.createUpdate("INSERT INTO article_embedding (article_id, model, content_hash, vector, created)"
                            + " VALUES (:id, :model, :hash, :vector, :created)")
                    .bind("id", articleId)
                    .bind("model", model)
                    .bind("hash", contentHash)
                    .bind("vector", bytes)
                    .bind("created", now.toEpochMilli())
                    .execute();
        });
    }

    /** The vector of an article computed by {@code model}, if there is one (it may be stale; see {@link #pending}). */
    public Optional<float[]> find(long articleId, String model) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT vector FROM article_embedding WHERE article_id = :id AND model = :model")
                        .bind("id", articleId)
                        .bind("model", model)
                        .mapTo(byte[].class)
                        .findOne()
                        .map(EmbeddingStore::fromBytes));
    }

    /** The vectors computed by {@code model} of those of {@code articleIds} that have one, by article id. */
    public Map<Long, float[]> findAll(Collection<Long> articleIds, String model) {
        Map<Long, float[]> vectors = new HashMap<>();
        if (articleIds.isEmpty()) {
            return vectors;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT article_id, vector FROM article_embedding"
                        + " WHERE model = :model AND article_id IN (<ids>)")
                .bind("model", model)
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), fromBytes(rs.getBytes(2))))
                .forEach(e -> vectors.put(e.getKey(), e.getValue())));
        return vectors;
    }

    /**
     * Up to {@code limit} articles with an id above {@code afterId} whose vector from {@code model} is missing or was
     * computed from other content, in id order: the work a catch-up pass has left.
     */
    public List<Pending> pending(String model, long afterId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.content_hash FROM article a"
                        + " LEFT JOIN article_embedding e ON e.article_id = a.id AND e.model = :model"
                        + " WHERE a.id > :after AND (e.article_id IS NULL OR e.content_hash <> a.content_hash)"
                        + " ORDER BY a.id LIMIT :limit")
                .bind("model", model)
                .bind("after", afterId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Pending(rs.getLong(1), rs.getString(2)))
                .list());
    }

    /** How many vectors {@code model} has stored. */
    public long count(String model) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article_embedding WHERE model = :model")
                .bind("model", model)
                .mapTo(Long.class)
                .one());
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] fromBytes(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalStateException("a stored vector has " + bytes.length + " bytes, not a multiple of 4");
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
