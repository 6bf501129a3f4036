package org.broadsheet.ingest;

import java.time.Duration;

/**
 * Limits of the ingestion pipeline: how many sources are polled at once, the longest back-off after failures, and how
 * many feed entries one poll looks at.
 */
public record IngestSettings(int maxConcurrentPolls, Duration maxBackoff, int maxEntriesPerPoll) {

    public IngestSettings {
        if (maxConcurrentPolls < 1) {
            throw new IllegalArgumentException("concurrent polls must be at least 1: " + maxConcurrentPolls);
        }
        if (maxEntriesPerPoll < 1) {
            throw new IllegalArgumentException("maxEntriesPerPoll must be at least 1");
        }
    }

    /**
     * 64 sources at once, back-off capped at 24 hours, 200 entries per poll. Polls spend most of their time waiting
     * for each publisher's per-host delay between page fetches, so more of them run at once than there are cores.
     */
    public static IngestSettings defaults() {
        return new IngestSettings(64, Duration.ofHours(24), 200);
    }

    /** Returns a copy that polls at most {@code maxConcurrentPolls} sources at once. */
    public IngestSettings withMaxConcurrentPolls(int maxConcurrentPolls) {
        return new IngestSettings(maxConcurrentPolls, maxBackoff, maxEntriesPerPoll);
    }
}
