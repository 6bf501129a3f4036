package org.broadsheet.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.broadsheet.store.UpsertOutcome;

/** The pipeline's counters: fetches by kind and outcome, failures by reason, articles stored by outcome. */
final class IngestMetrics {
    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void fetched(String kind, String outcome) {
        Counter.builder("broadsheet.fetches")
                .description("HTTP fetches of feeds and article pages")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void fetchFailed(String kind, String reason) {
        fetched(kind, "failure");
        Counter.builder("broadsheet.fetch.failures")
                .description("Failed fetches and parses by stable reason code")
                .tag("kind", kind)
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    void stored(UpsertOutcome.Kind kind) {
        Counter.builder("broadsheet.articles.ingested")
                .description("Articles stored by the pipeline")
                .tag("outcome", kind.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }
}
