package org.broadsheet.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.broadsheet.story.ClusterArticle;
import org.broadsheet.story.ClusterSettings;
import org.broadsheet.story.StoryReplay;

/**
 * Clusters a whole file of articles as {@code broadsheet cluster} does ({@link StoryReplay}), timing the embedding
 * and the clustering apart.
 *
 * <p>The clustering runs twice and the second run is timed, so that the figure is the speed of a running server
 * rather than of a cold JVM compiling the code; both runs give the same result.
 *
 * @param stories each article's story by its index in the file, named s1, s2, ... in the order the stories first
 *     appear in the input
 * @param embedding time spent computing embeddings
 * @param clustering time spent clustering, excluding embeddings (wall clock)
 * @param clusteringCpu processor time the clustering thread used, which other processes on the machine do not inflate
 */
record ClusterRun(Map<Long, String> stories, Duration embedding, Duration clustering, Duration clusteringCpu) {

    /** Embeds every article with {@code embed} (in parallel) and clusters them with {@code settings}. */
    static ClusterRun run(List<ClusterInput.Line> lines, Function<String, float[]> embed, ClusterSettings settings) {
        long t0 = System.nanoTime();
        List<ClusterArticle> embedded = ClusterInput.embed(lines, embed);
        long embedded0 = System.nanoTime();
        StoryReplay.cluster(embedded, settings);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        Map<Long, Long> raw = StoryReplay.cluster(embedded, settings);
        long t2 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        return new ClusterRun(
                StoryReplay.named(embedded, raw),
                Duration.ofNanos(embedded0 - t0),
                Duration.ofNanos(t2 - t1),
                Duration.ofNanos(cpu1 - cpu0));
    }
}
