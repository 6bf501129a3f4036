package org.broadsheet.story;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Clusters a whole file of articles as the live system would: in published order (articles without a time last, in
 * file order), with the periodic pass every {@link #PASS_EVERY} of published time and once at the end.
 *
 * <p>The clustering runs twice and the second run is timed, so that the figure is the speed of a running server
 * rather than of a cold JVM compiling the code; both runs give the same result.
 *
 * @param stories each article's story, named s1, s2, ... in the order the stories first appear in the input
 * @param embedding time spent computing embeddings
 * @param clustering time spent clustering, excluding embeddings (wall clock)
 * @param clusteringCpu processor time the clustering thread used, which other processes on the machine do not inflate
 */
public record ClusterRun(Map<String, String> stories, Duration embedding, Duration clustering, Duration clusteringCpu) {
    /** How much published time passes between two periodic passes, as in the live system's rhythm. */
    static final Duration PASS_EVERY = Duration.ofHours(1);

    /** Embeds every article with {@code embed} (in parallel) and clusters them with {@code settings}. */
    public static ClusterRun run(
            List<LabelledArticle> articles, Function<String, float[]> embed, ClusterSettings settings) {
        long t0 = System.nanoTime();
        List<ClusterArticle> embedded = articles.parallelStream()
                .map(a -> a.withVector(embed.apply(a.embeddingText())))
                .toList();
        long embedded0 = System.nanoTime();
        cluster(embedded, settings);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        Map<String, String> raw = cluster(embedded, settings);
        long t2 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        return new ClusterRun(
                renumber(articles, raw),
                Duration.ofNanos(embedded0 - t0),
                Duration.ofNanos(t2 - t1),
                Duration.ofNanos(cpu1 - cpu0));
    }

    /** Clusters articles that already have their vectors; returns each article's story key. */
    static Map<String, String> cluster(List<ClusterArticle> articles, ClusterSettings settings) {
        List<ClusterArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(ClusterArticle::published, Comparator.nullsLast(Comparator.naturalOrder())));
        AtomicInteger next = new AtomicInteger();
        StoryClusterer clusterer = new StoryClusterer(settings, () -> "k" + next.incrementAndGet());
        Map<String, String> story = new HashMap<>();
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

    private static void apply(StoryClusterer.Changes changes, Map<String, String> story) {
        for (StoryClusterer.Move move : changes.moves()) {
            story.put(move.articleId(), move.to());
        }
    }

    private static Map<String, String> renumber(List<LabelledArticle> articles, Map<String, String> raw) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (LabelledArticle a : articles) {
            String name = names.computeIfAbsent(raw.get(a.id()), k -> "s" + (names.size() + 1));
            out.put(a.id(), name);
        }
        return out;
    }
}
