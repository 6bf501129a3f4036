package org.broadsheet.extract;

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
        double slowestMillis) {

    /** F1 of the mean precision and the mean recall, as the public benchmarks compute it. */
    public double f1() {
        return ShingleScore.f1(precision, recall);
    }

    /** The share of pages whose text was exactly the expected text; 0 for an empty corpus. */
    public double exactShare() {
        return pages == 0 ? 0 : (double) exact / pages;
    }
}
