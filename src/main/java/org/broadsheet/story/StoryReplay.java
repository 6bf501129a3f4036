package org.broadsheet.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clusters a whole set of articles at once as the live system would have, one by one: in published order (articles
 * without a time last, in the order given), with the periodic pass every {@link #PASS_EVERY} of published time and
 * once at the end. {@code broadsheet cluster} and the clustering benchmark use it.
 */
public final class StoryReplay {
    /** How much published time passes between two periodic passes, as in the live system's rhythm. */
    static final Duration PASS_EVERY = Duration.ofHours(1);

    private StoryReplay() {}

    /** Clusters articles that already have their vectors; returns each article's story key by article id. */
    public static Map<Long, Long> cluster(List<ClusterArticle> articles, ClusterSettings settings) {
        List<ClusterArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(ClusterArticle::published, Comparator.nullsLast(Comparator.naturalOrder())));
        AtomicLong next = new AtomicLong();
        StoryClusterer clusterer = new StoryClusterer(settings, next::incrementAndGet);
        Map<Long, Long> story = new HashMap<>();
        Instant lastPass = null;
        Instant now = Instant.EPOCH;
        for (ClusterArticle a : ordered) {
            if (a.published() != null) {
                now = a.published();
            }
            if (lastPass == null) {
                lastPass = now;
            } else if (!now.isBefore(lastPass.plus(PASS_EVERY))) {
                apply(clusterer.maintain(now), story);
                lastPass = now;
            }
            story.put(a.id(), clusterer.add(a));
        }
        apply(clusterer.maintain(now), story);
        return story;
    }

    /**
     * Names the stories of {@link #cluster} s1, s2, ... in the order they first appear in {@code articles}; returns
     * each article's story name by article id, in the order of {@code articles}.
     */
    public static Map<Long, String> named(List<ClusterArticle> articles, Map<Long, Long> stories) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> out = new LinkedHashMap<>();
        for (ClusterArticle a : articles) {
            String name = names.computeIfAbsent(stories.get(a.id()), k -> "s" + (names.size() + 1));
            out.put(a.id(), name);
        }
        return out;
    }

    private static void apply(StoryClusterer.Changes changes, Map<Long, Long> story) {
        for (StoryClusterer.Move move : changes.moves()) {
            story.put(move.articleId(), move.to());
        }
    }
}
