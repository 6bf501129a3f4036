package org.broadsheet.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.broadsheet.ai.Embedder;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.search.Search;
import org.broadsheet.search.SearchIndex;
import org.broadsheet.search.SearchRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench search}: indexes a generated corpus ({@link SyntheticNews}) into a Lucene index in a
 * temporary folder, then times searches (words and meaning, the query embedded by the real model) and related-article
 * lists, one at a time on one thread, and reports percentiles, index size and peak heap.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Times search and related articles over a generated corpus (default 100,000 articles).")
final class BenchSearchCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--queries", defaultValue = "2000", description = "Timed searches (default: ${DEFAULT-VALUE}).")
    int queries = 2000;

    @Option(
            names = "--related",
            defaultValue = "2000",
            description = "Timed related lists (default: ${DEFAULT-VALUE}).")
    int related = 2000;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec == null
                ? new PrintWriter(System.out, true)
                : spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("broadsheet-bench-search");
        try (Embedder embedder = Embedder.load();
                SearchIndex index = SearchIndex.lucene(dir.resolve("index"))) {
            long started = System.nanoTime();
            SyntheticNews corpus = new SyntheticNews(seed, embedder::embed);
            for (long n = 0; n < articles; n++) {
                index.put(corpus.article(n));
            }
            index.commit();
            double indexSeconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    "corpus: %,d articles (seed %d), indexed in %.1f s; index size %.1f MB%n",
                    index.count(), seed, indexSeconds, index.sizeOnDisk() / 1e6);

            Search search = new Search(index, embedder::embed);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<String> texts = corpus.queries(queries + 200);
            long[] words = new long[queries];
            long[] wordsCpu = new long[queries];
            long[] embedOnly = new long[queries];
            for (int i = 0; i < texts.size(); i++) {
                String q = texts.get(i) + " " + i; // a number of its own keeps the query cache from helping
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                search.search(SearchRequest.of(q, 20));
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                embedder.embed(q);
                long t2 = System.nanoTime();
                if (i >= 200) { // the first 200 warm up the JIT and the index's caches
                    words[i - 200] = t1 - t0;
                    wordsCpu[i - 200] = c1 - c0;
                    embedOnly[i - 200] = t2 - t1;
                }
            }
            out.printf(
                    "search (BM25 + kNN + RRF + snippets, query embedded each time): p50 %.2f ms, p99 %.2f ms;"
                            + " on-CPU p50 %.2f ms, p99 %.2f ms%n",
                    pct(words, 50), pct(words, 99), pct(wordsCpu, 50), pct(wordsCpu, 99));
            out.printf(
                    "  of which embedding the query alone: p50 %.2f ms, p99 %.2f ms%n",
                    pct(embedOnly, 50), pct(embedOnly, 99));

            RelatedArticles relatedArticles = new RelatedArticles(index);
            Random r = new Random(seed);
            long[] rel = new long[related];
            long[] relCpu = new long[related];
            for (int i = -200; i < related; i++) {
                long id = 1 + r.nextInt(articles);
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                relatedArticles.of(id);
                if (i >= 0) {
                    rel[i] = System.nanoTime() - t0;
                    relCpu[i] = threads.getCurrentThreadCpuTime() - c0;
                }
            }
            out.printf(
                    "related articles (uncached, 40 nearest + name matches, ranked): p50 %.2f ms, p99 %.2f ms;"
                            + " on-CPU p50 %.2f ms, p99 %.2f ms%n",
                    pct(rel, 50), pct(rel, 99), pct(relCpu, 50), pct(relCpu, 99));
            out.printf(
                    "load average at the end: %.1f%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf(
                    "peak heap %.0f MB (max heap %.0f MB); %d cores%n",
                    peakHeap() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6,
                    Runtime.getRuntime().availableProcessors());
            out.flush();
            return 0;
        } finally {
            BenchFiles.delete(dir);
        }
    }

    static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
