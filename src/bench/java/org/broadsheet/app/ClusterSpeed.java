package org.broadsheet.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.search.IndexedArticle;
import org.broadsheet.story.ClusterArticle;
import org.broadsheet.story.ClusterSettings;
import org.broadsheet.story.StoryClusterer;

/**
 * Clustering speed and memory on a long stream of generated articles ({@link SyntheticNews}: one every five minutes,
 * with cheap vectors, so embedding is excluded by construction). The articles are made one at a time and fed to one
 * clusterer with the periodic pass every hour of published time, as {@code StoryReplay} does, so the only thing that
 * could grow with the stream is the clusterer itself: the heap after a collection is sampled along the way.
 *
 * @param articles how many articles were clustered
 * @param wall wall-clock time of the clustering (generation excluded)
 * @param cpu processor time of the clustering thread (generation excluded)
 * @param rememberedAtEnd articles the clusterer still held at the end
 * @param heapAtHalf the heap in use after a collection half-way through
 * @param heapAtEnd the heap in use after a collection at the end
 */
record ClusterSpeed(long articles, Duration wall, Duration cpu, int rememberedAtEnd, long heapAtHalf, long heapAtEnd) {

    static ClusterSpeed run(SyntheticNews news, long count, ClusterSettings settings) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        StoryClusterer clusterer = new StoryClusterer(settings, new AtomicLong()::incrementAndGet);
        long wall = 0;
        long cpu = 0;
        long heapAtHalf = 0;
        Instant lastPass = null;
        for (long n = 0; n < count; n++) {
            IndexedArticle a = news.article(n);
            ClusterArticle input =
                    new ClusterArticle(a.id(), a.title(), a.text(), a.time(), a.outlet(), a.language(), a.vector());
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            if (lastPass == null) {
                lastPass = a.time();
            } else if (!a.time().isBefore(lastPass.plus(Duration.ofHours(1)))) {
                clusterer.maintain(a.time());
                lastPass = a.time();
            }
            clusterer.add(input);
            cpu += threads.getCurrentThreadCpuTime() - c0;
            wall += System.nanoTime() - t0;
            if (n == count / 2) {
                System.gc();
                heapAtHalf = memory.getHeapMemoryUsage().getUsed();
            }
        }
        System.gc();
        return new ClusterSpeed(
                count,
                Duration.ofNanos(wall),
                Duration.ofNanos(cpu),
                clusterer.assignments().size(),
                heapAtHalf,
                memory.getHeapMemoryUsage().getUsed());
    }
}
