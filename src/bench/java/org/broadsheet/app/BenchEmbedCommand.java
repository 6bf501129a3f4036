package org.broadsheet.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.broadsheet.ai.Embedder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench embed}: sentences embedded per second by the in-process model, on a pool of {@code
 * --threads} (one ONNX thread each, as the application's CPU pool runs them), over generated headline-like sentences.
 */
@Command(
        name = "embed",
        mixinStandardHelpOptions = true,
        description = "Measures embedding throughput (sentences per second).")
final class BenchEmbedCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--sentences", defaultValue = "4000", description = "Timed sentences (default: ${DEFAULT-VALUE}).")
    int sentences = 4000;

    @Option(names = "--threads", defaultValue = "0", description = "Parallel embedders; 0 for one per core (default).")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec == null
                ? new PrintWriter(System.out, true)
                : spec.commandLine().getOut();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<String> texts = new ArrayList<>();
        SyntheticNews corpus = new SyntheticNews(7, s -> new float[Embedder.DIMENSIONS]);
        for (int i = 0; i < sentences + 200; i++) {
            texts.add(corpus.article(i).title());
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try (Embedder embedder = Embedder.load()) {
            run(pool, embedder, texts.subList(0, 200), n); // warm-up
            long started = System.nanoTime();
            long cpuNanos = run(pool, embedder, texts.subList(200, texts.size()), n);
            double seconds = (System.nanoTime() - started) / 1e9;
            double words = texts.subList(200, texts.size()).stream()
                    .mapToInt(t -> t.split(" ").length)
                    .average()
                    .orElse(0);
            out.printf(
                    "%d sentences (%.1f words each) on %d threads (%d cores): %.0f sentences/s%n",
                    sentences, words, n, Runtime.getRuntime().availableProcessors(), sentences / seconds);
            double perCpuSecond = sentences / (cpuNanos / 1e9);
            out.printf(
                    "on-CPU: %.0f sentences per CPU-second, so %.0f sentences/s if %d cores were free%n",
                    perCpuSecond, perCpuSecond * n, n);
            out.flush();
            return 0;
        } finally {
            pool.shutdown();
        }
    }

    /** Embeds {@code texts} in {@code n} parts at once; returns the CPU time the workers spent. */
    private static long run(ExecutorService pool, Embedder embedder, List<String> texts, int n) throws Exception {
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int from = t * texts.size() / n;
            int to = (t + 1) * texts.size() / n;
            parts.add(pool.submit(() -> {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long cpu = threads.getCurrentThreadCpuTime();
                embedder.embedAll(texts.subList(from, to));
                return threads.getCurrentThreadCpuTime() - cpu;
            }));
        }
        long cpu = 0;
        for (Future<Long> part : parts) {
            cpu += part.get();
        }
        return cpu;
    }
}
