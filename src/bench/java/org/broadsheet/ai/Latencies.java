package org.broadsheet.ai;

import java.util.Arrays;
import java.util.List;

/** Timings in milliseconds, summarised. */
public record Latencies(int count, double mean, double p50, double p95, double p99, double max) {

    static Latencies of(List<Double> millis) {
        if (millis.isEmpty()) {
            return new Latencies(0, 0, 0, 0, 0, 0);
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Latencies(
                sorted.length,
                Arrays.stream(sorted).average().orElse(0),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** "mean 1.2 ms, p50 1.1 ms, p95 ..., p99 ..., max ... (n = 100)". */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "mean %.1f ms, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (n = %d)",
                mean,
                p50,
                p95,
                p99,
                max,
                count);
    }
}
