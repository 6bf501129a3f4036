package org.broadsheet.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Times extractors over a corpus in interleaved rounds: each round runs every extractor once over all pages, one
 * after the other on the calling thread, measuring wall-clock time and the thread's CPU time. The median round is
 * kept. CPU time is the load-robust figure: on a busy machine wall-clock time also counts the time the thread waited
 * for a core, and interleaving spreads any change in load over all extractors alike.
 */
final class SpeedRounds {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The median round of one extractor: pages per wall-clock second and per CPU-second (0 when unmeasurable), and
     * the pages per CPU-second of every timed round, in order.
     */
    record Speed(double pagesPerSecond, double pagesPerCpuSecond, List<Double> cpuRounds) {}

    private SpeedRounds() {}

    /**
     * Runs {@code warmUps} untimed rounds, then {@code rounds} timed rounds over {@code pages}, and returns each
     * extractor's median speed, in order; each timed round's figures go to {@code progress} as a line of text.
     */
    static Speed[] measure(
            List<ExtractorUnderTest> extractors,
            List<ExtractionBenchmark.Page> pages,
            int warmUps,
            int rounds,
            Consumer<String> progress) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        }
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        if (cpu && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        // The JIT compiles an extractor's code over its first passes; on a busy machine its threads get little CPU,
        // so the first rounds would measure partly interpreted code.
        for (int r = 0; r < warmUps; r++) {
            for (ExtractorUnderTest extractor : extractors) {
                for (ExtractionBenchmark.Page page : pages) {
                    ExtractionBenchmark.extract(extractor, page);
                }
            }
        }
        double[][] wall = new double[extractors.size()][rounds];
        double[][] onCpu = new double[extractors.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int e = 0; e < extractors.size(); e++) {
                ExtractorUnderTest extractor = extractors.get(e);
                long cpuStart = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
                long start = System.nanoTime();
                for (ExtractionBenchmark.Page page : pages) {
                    ExtractionBenchmark.extract(extractor, page);
                }
                long wallNanos = System.nanoTime() - start;
                long cpuNanos = cpu ? THREADS.getCurrentThreadCpuTime() - cpuStart : 0;
                wall[e][r] = perSecond(pages.size(), wallNanos);
                onCpu[e][r] = perSecond(pages.size(), cpuNanos);
            }
            StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
            for (int e = 0; e < extractors.size(); e++) {
                line.append(String.format(
                        Locale.ROOT,
                        " %s %.1f pages/s, %.1f pages/CPU-s;",
                        extractors.get(e).name(),
                        wall[e][r],
                        onCpu[e][r]));
            }
            progress.accept(line.toString());
        }
        Speed[] speeds = new Speed[extractors.size()];
        for (int e = 0; e < speeds.length; e++) {
            speeds[e] = new Speed(
                    median(wall[e]),
                    median(onCpu[e]),
                    Arrays.stream(onCpu[e]).boxed().toList());
        }
        return speeds;
    }

    /**
     * How many times as fast as {@code other} {@code one} was in each round, by CPU time: both ran in the same round,
     * one after the other, so a machine that slows down or speeds up between rounds moves both alike. Empty when the
     * rounds are missing or unmeasured.
     */
    static double[] pairedRatios(List<Double> one, List<Double> other) {
        if (one.size() != other.size() || one.isEmpty() || one.contains(0.0) || other.contains(0.0)) {
            return new double[0];
        }
        double[] ratios = new double[one.size()];
        for (int r = 0; r < ratios.length; r++) {
            ratios[r] = one.get(r) / other.get(r);
        }
        return ratios;
    }

    private static double perSecond(int pages, long nanos) {
        return nanos <= 0 ? 0 : pages / (nanos / 1e9);
    }

    /** The median; of an even count, the mean of the middle two. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
