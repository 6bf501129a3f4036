package org.broadsheet.story;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.ai.Embedder;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleStore;
import org.broadsheet.store.EmbeddingStore;
import org.broadsheet.store.StoryStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the stored stories up to date. {@link #catchUp} clusters every stored article that has an embedding but no
 * story, in published order: work is found in the database, never handed over in memory, so a crash loses nothing
 * and a restart resumes where it stopped. {@link #maintain} runs the merge and split pass and stores what it moved.
 *
 * <p>On first use the clusterer is restored from the stories of the last two windows. Not meant to be called from
 * two threads at once; the methods are synchronized to keep a mistake harmless.
 */
public final class StoryService {
    private static final Logger log = LoggerFactory.getLogger(StoryService.class);
    private static final int BATCH = 200;

    private final ArticleStore articles;
    private final EmbeddingStore embeddings;
    private final StoryStore stories;
    private final @Nullable Embedder embedder;
    private final ClusterSettings settings;
    private final Clock clock;
    private @Nullable StoryClusterer clusterer;

    /**
     * A service over the given stores. With an {@code embedder} it also embeds articles that have no embedding yet
     * (into the same table the ingestion's enrichment fills); without one it waits for those embeddings.
     */
    public StoryService(
            ArticleStore articles,
            EmbeddingStore embeddings,
            StoryStore stories,
            @Nullable Embedder embedder,
            ClusterSettings settings,
            Clock clock) {
        this.articles = articles;
        this.embeddings = embeddings;
        this.stories = stories;
        this.embedder = embedder;
        this.settings = settings;
        this.clock = clock;
    }

    /** Embeds (when it has an embedder) and clusters every article not yet in a story; returns how many it placed. */
    public synchronized int catchUp() {
        if (embedder != null) {
            embedPending(embedder);
        }
        StoryClusterer c = clusterer();
        int placed = 0;
        for (List<Long> batch = stories.unassigned(Embedder.MODEL, BATCH);
                !batch.isEmpty();
                batch = stories.unassigned(Embedder.MODEL, BATCH)) {
            Map<Long, float[]> vectors = embeddings.findAll(batch, Embedder.MODEL);
            for (long id : batch) {
                Optional<Article> article = articles.find(id);
                float[] vector = vectors.get(id);
                if (article.isEmpty() || vector == null) {
                    continue;
                }
                long storyId = c.add(input(article.get(), vector));
                stories.assign(storyId, List.of(id), c.representative(storyId), clock.instant());
                placed++;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        if (placed > 0) {
            log.info("stories: clustered {} articles", placed);
        }
        return placed;
    }

    /** Runs the merge and split pass and stores its moves; returns how many articles moved. */
    public synchronized int maintain() {
        StoryClusterer c = clusterer();
        Instant now = clock.instant();
        StoryClusterer.Changes changes = c.maintain(now);
        Map<Long, List<Long>> into = new LinkedHashMap<>();
        for (StoryClusterer.Move move : changes.moves()) {
            into.computeIfAbsent(move.to(), k -> new ArrayList<>()).add(move.articleId());
        }
        into.forEach((storyId, ids) -> stories.assign(storyId, ids, c.representative(storyId), now));
        changes.mergedInto().forEach((from, to) -> stories.markMerged(from, to, now));
        if (!changes.isEmpty()) {
            log.info(
                    "stories: merge and split pass moved {} articles, merged {} stories",
                    changes.moves().size(),
                    changes.mergedInto().size());
        }
        return changes.moves().size();
    }

    private void embedPending(Embedder embedder) {
        long after = 0;
        for (List<EmbeddingStore.Pending> batch = embeddings.pending(Embedder.MODEL, after, BATCH);
                !batch.isEmpty();
                batch = embeddings.pending(Embedder.MODEL, after, BATCH)) {
            for (EmbeddingStore.Pending p : batch) {
                articles.find(p.articleId())
                        .ifPresent(a -> embeddings.put(
                                a.id(),
                                Embedder.MODEL,
                                p.contentHash(),
                                embedder.embed(Embedder.articleText(a.title(), a.text())),
                                clock.instant()));
                after = p.articleId();
            }
        }
    }

    private StoryClusterer clusterer() {
        if (clusterer == null) {
            clusterer = restore();
        }
        return clusterer;
    }

    /** A clusterer holding the stories seen in the last two windows, as stored. */
    private StoryClusterer restore() {
        StoryClusterer c = new StoryClusterer(settings, () -> stories.create(clock.instant()));
        Instant since = clock.instant().minus(settings.window().multipliedBy(2));
        List<StoryStore.Membership> members = stories.memberships(since);
        Map<Long, float[]> vectors = new HashMap<>();
        for (int i = 0; i < members.size(); i += BATCH) {
            List<Long> ids = members.subList(i, Math.min(members.size(), i + BATCH)).stream()
                    .map(StoryStore.Membership::articleId)
                    .toList();
            vectors.putAll(embeddings.findAll(ids, Embedder.MODEL));
        }
        for (StoryStore.Membership m : members) {
            float[] vector = vectors.get(m.articleId());
            Optional<Article> article = articles.find(m.articleId());
            if (vector != null && article.isPresent()) {
                c.restore(input(article.get(), vector), m.storyId());
            }
        }
        if (!members.isEmpty()) {
            log.info("stories: restored {} articles of recent stories", members.size());
        }
        return c;
    }

    private static ClusterArticle input(Article a, float[] vector) {
        return new ClusterArticle(
                a.id(), a.title(), a.text(), a.sortTime(), Long.toString(a.sourceId()), a.language(), vector);
    }
}
