package org.broadsheet.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.ingest.PollResult;
import org.broadsheet.store.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code broadsheet ingest --once}: one poll of every active source, then a summary. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Polls every active source once and prints a summary. Exit code 3 when a source failed.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage = new StorageOptions();

    @Mixin
    FetchOptions fetching = new FetchOptions();

    @Option(names = "--once", description = "Poll every source once, then exit (required).")
    boolean once;

    @Option(names = "--allow-private-addresses", description = "Allow fetching from loopback and private networks.")
    boolean allowPrivate;

    @Override
    public Integer call() throws Exception {
        if (!once) {
            throw new ParameterException(
                    spec.commandLine(), "use --once (continuous polling runs inside 'broadsheet serve')");
        }
        PrintWriter out = spec.commandLine().getOut();
        FetchSettings fetchSettings = fetching.apply(FetchSettings.defaults().withAllowPrivateAddresses(allowPrivate));
        try (Broadsheet app =
                Broadsheet.open(storage.jdbcUrl(), storage.dataDir, fetchSettings, fetching.ingest(), null)) {
            Map<Long, Source> byId =
                    app.database().sources().all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
            List<PollResult> results = app.scheduler().pollAllOnce();
            int failed = 0, inserted = 0, updated = 0;
            out.printf(
                    "%-5s %-28s %-13s %7s %5s %7s %9s %6s  %s%n",
                    "ID", "SOURCE", "STATUS", "ENTRIES", "NEW", "UPDATED", "FROM-FEED", "FAILED", "ERROR");
            for (PollResult r : results) {
                Source s = byId.get(r.sourceId());
                out.printf(
                        "%-5d %-28s %-13s %7d %5d %7d %9d %6d  %s%n",
                        r.sourceId(),
                        s == null ? "?" : Text.clip(s.name(), 28),
                        r.status(),
                        r.entries(),
                        r.inserted(),
                        r.updated(),
                        r.fromFeedContent(),
                        r.failed(),
                        r.errorCode() == null ? "" : r.errorCode() + ": " + r.errorMessage());
                failed += r.status() == PollResult.Status.FAILED ? 1 : 0;
                inserted += r.inserted();
                updated += r.updated();
            }
            out.printf(
                    "%d sources polled, %d failed; %d new articles, %d updated; %d articles stored.%n",
                    results.size(),
                    failed,
                    inserted,
                    updated,
                    app.database().articles().count());
            out.flush();
            return failed > 0 ? 3 : 0;
        }
    }
}
