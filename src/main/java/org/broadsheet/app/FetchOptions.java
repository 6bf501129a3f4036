package org.broadsheet.app;

import java.time.Duration;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.ingest.IngestSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The operator's fetching manners, shared by every command that fetches (documented in docs/configuration.md under
 * "Fetching"): the contact address in the User-Agent, requests per host, the least delay between them, and how many
 * sources are polled at once.
 */
final class FetchOptions {
    @Spec(Spec.Target.MIXEE)
    @Nullable
    CommandSpec mixee;

    @Option(
            names = "--contact",
            paramLabel = "URL",
            defaultValue = "${env:BROADSHEET_CONTACT}",
            description = "Where publishers can reach you, sent in the User-Agent: a web page or mailto: address"
                    + " (env BROADSHEET_CONTACT).")
    @Nullable
    String contact;

    @Option(
            names = "--per-host-concurrency",
            paramLabel = "N",
            defaultValue = "${env:BROADSHEET_PER_HOST_CONCURRENCY:-2}",
            description = "Requests sent to one host at once (default: ${DEFAULT-VALUE}; env"
                    + " BROADSHEET_PER_HOST_CONCURRENCY).")
    int perHostConcurrency = 2;

    @Option(
            names = "--per-host-delay-ms",
            paramLabel = "MS",
            defaultValue = "${env:BROADSHEET_PER_HOST_DELAY_MS:-1000}",
            description = "Least time between the starts of two requests to one host, in milliseconds; a longer"
                    + " robots.txt Crawl-delay wins, up to 30 s (default: ${DEFAULT-VALUE}; env"
                    + " BROADSHEET_PER_HOST_DELAY_MS).")
    long perHostDelayMillis = 1000;

    @Option(
            names = "--concurrent-polls",
            paramLabel = "N",
            defaultValue = "${env:BROADSHEET_CONCURRENT_POLLS:-64}",
            description = "Sources polled at once (default: ${DEFAULT-VALUE}; env BROADSHEET_CONCURRENT_POLLS).")
    int concurrentPolls = 64;

    /** {@code base} with these manners; a bad value is a usage error that names its option. */
    FetchSettings apply(FetchSettings base) {
        try {
            FetchSettings settings = base.withPerHostConcurrency(perHostConcurrency)
                    .withPerHostDelay(Duration.ofMillis(perHostDelayMillis));
            return contact == null || contact.isBlank()
                    ? settings
                    : settings.withUserAgent(FetchSettings.userAgentWithContact(contact));
        } catch (IllegalArgumentException e) {
            throw usage(e);
        }
    }

    /** The pipeline's limits with these manners. */
    IngestSettings ingest() {
        try {
            return IngestSettings.defaults().withMaxConcurrentPolls(concurrentPolls);
        } catch (IllegalArgumentException e) {
            throw usage(e);
        }
    }

    private RuntimeException usage(IllegalArgumentException e) {
        return mixee == null ? e : new ParameterException(mixee.commandLine(), e.getMessage(), e);
    }
}
