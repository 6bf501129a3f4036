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
    /** One line of the summary table: id, source, status, entries, new, updated, from feed, failed, error. */
    private static final String ROW = "%-5d %-28s %-13s %7d %5d %7d %9d %6d  %s%n";

    private static final String HEADER = "%-5s %-28s %-13s %7s %5s %7s %9s %6s  %s%n";

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
            out.printf(HEADER, "ID", "SOURCE", "STATUS", "ENTRIES", "NEW", "UPDATED", "FROM-FEED", "FAILED", "ERROR");
            for (PollResult r : results) {
                Source s = byId.get(r.sourceId());
                String name = s == null ? "?" : Text.clip(s.name(), 28);
                switch (r) {
                    case PollResult.Read read -> {
                        out.printf(
                                ROW,
                                r.sourceId(),
                                name,
                                "OK",
                                read.entries(),
                                read.inserted(),
                                read.updated(),
                                read.fromFeedContent(),
                                read.failed(),
                                "");
                        inserted += read.inserted();
                        updated += read.updated();
                    }
                    case PollResult.NotModified notModified ->
                        out.printf(ROW, r.sourceId(), name, "NOT_MODIFIED", 0, 0, 0, 0, 0, "");
                    case PollResult.Failed(long sourceId, String code, String message) -> {
                        out.printf(ROW, sourceId, name, "FAILED", 0, 0, 0, 0, 0, code + ": " + message);
                        failed++;
                    }
                }
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
