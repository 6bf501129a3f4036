package org.broadsheet.extract;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an extractor that runs outside this JVM (a JavaScript peer under node) returned for a corpus: the article HTML
 * of each page from one timed pass, and that pass's wall-clock and CPU time as the other process measured them.
 *
 * @param cpuMillis the process's CPU time over the pass (all its threads), 0 when unmeasured
 */
public record BatchRun(String extractor, List<PageRun> pages, double wallMillis, double cpuMillis) {
    public BatchRun {
        Objects.requireNonNull(extractor, "extractor");
        pages = List.copyOf(pages);
    }

    /** One page of the pass: the extracted article as HTML (empty when it failed), its time, and the failure. */
    public record PageRun(
            String name,
            String html,
            double millis,
            @Nullable String error) {}
}
