package org.broadsheet.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One extractor's figures over a corpus: mean shingle precision and recall over the pages, how many pages it got
 * exactly right (whitespace-normalised text), its single-threaded speed, and the pages it threw on (scored as empty
 * text).
 *
 * @param pagesPerSecond pages per wall-clock second in the median timed round
 * @param pagesPerCpuSecond pages per second of the extracting thread's CPU time in the median timed round; 0 where
 *     the JVM cannot measure thread CPU time
 * @param firstFailure the first exception's class and message, when there was one
 * @param slowestMillis the longest wall-clock time one page took in the scored pass, in milliseconds
 * @param cpuRounds pages per CPU-second in each timed round, in order (empty before timing)
 */
public record ExtractorScore(
        String extractor,
        int pages,
        double precision,
        double recall,
        int exact,
        double pagesPerSecond,
        double pagesPerCpuSecond,
        int failures,
        Optional<String> firstFailure,
        double slowestMillis,
        List<Double> cpuRounds) {

    public ExtractorScore {
        cpuRounds = List.copyOf(cpuRounds);
    }

    /** F1 of the mean precision and the mean recall, as the public benchmarks compute it. */
    public double f1() {
        return ShingleScore.f1(precision, recall);
    }

    /** The share of pages whose text was exactly the expected text; 0 for an empty corpus. */
    public double exactShare() {
        return pages == 0 ? 0 : (double) exact / pages;
    }

    /**
     * How many times as fast as {@code other} this extractor was, round by round on CPU time (each round times both
     * on the same pages, one after the other): the median, lowest and highest ratio, or empty when unmeasured.
     */
    public Optional<Ratio> pairedRatio(ExtractorScore other) {
        double[] ratios = SpeedRounds.pairedRatios(cpuRounds, other.cpuRounds);
        if (ratios.length == 0) {
            return Optional.empty();
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        return Optional.of(new Ratio(SpeedRounds.median(ratios), sorted[0], sorted[sorted.length - 1], ratios.length));
    }

    /** A speed ratio over paired rounds: the median round's, the lowest and highest, and how many rounds. */
    public record Ratio(double median, double lowest, double highest, int rounds) {}
}
