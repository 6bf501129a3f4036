package org.broadsheet.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.ingest.ReextractOutcome;
import org.broadsheet.store.Database;
import org.broadsheet.store.Source;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code broadsheet reextract [--source ID]}: extracts stored articles again from their pages, in place. */
@Command(
        name = "reextract",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts stored articles again, so that extractor improvements and content rules reach old articles. "
                    + "Pages are not stored, so each is fetched again. An article whose page fails to fetch or "
                    + "extract is left as it was, and a new body much shorter than the stored one is not taken.",
            "Prints a table per source and each failure with its reason. Exit code 3 when an article failed, "
                    + "1 for an unknown source."
        })
final class ReextractCommand implements Callable<Integer> {
    /** Failures listed one by one, at most; the table counts them all. */
    private static final int LISTED_FAILURES = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage = new StorageOptions();

    @Option(names = "--source", paramLabel = "ID", description = "Only this source's articles (see 'sources list').")
    @Nullable
    Long sourceId;

    @Option(names = "--allow-private-addresses", description = "Allow fetching from loopback and private networks.")
    boolean allowPrivate;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Broadsheet app = Broadsheet.open(
                storage.jdbcUrl(), storage.dataDir, FetchSettings.defaults().withAllowPrivateAddresses(allowPrivate))) {
            Database db = app.database();
            if (sourceId != null && db.sources().find(sourceId).isEmpty()) {
                err.printf("NOT_FOUND: no source with id %d%n", sourceId);
                return 1;
            }
            List<ReextractOutcome> outcomes = app.reextractor().run(sourceId, outcome -> {});
            Map<Long, Tally> bySource = new TreeMap<>();
            for (ReextractOutcome o : outcomes) {
                bySource.computeIfAbsent(o.sourceId(), id -> new Tally()).count(o);
            }
            out.printf(
                    "%-5s %-28s %8s %7s %9s %5s %6s%n",
                    "ID", "SOURCE", "ARTICLES", "UPDATED", "UNCHANGED", "KEPT", "FAILED");
            int failed = 0;
            for (Map.Entry<Long, Tally> row : bySource.entrySet()) {
                Tally n = row.getValue();
                String name = db.sources().find(row.getKey()).map(Source::name).orElse("?");
                out.printf(
                        "%-5d %-28s %8d %7d %9d %5d %6d%n",
                        row.getKey(),
                        Text.clip(name, 28),
                        n.updated + n.unchanged + n.kept + n.failed,
                        n.updated,
                        n.unchanged,
                        n.kept,
                        n.failed);
                failed += n.failed;
            }
            int listed = 0;
            for (ReextractOutcome o : outcomes) {
                if (o instanceof ReextractOutcome.Failed(long articleId, long source, String code, String message)
                        && listed++ < LISTED_FAILURES) {
                    out.printf("article %d: %s: %s%n", articleId, code, message);
                }
            }
            out.printf("%d articles re-extracted, %d failed (kept as they were).%n", outcomes.size(), failed);
            out.flush();
            return failed > 0 ? 3 : 0;
        }
    }

    /** One source's outcomes, counted by shape. */
    private static final class Tally {
        int updated;
        int unchanged;
        int kept;
        int failed;

        void count(ReextractOutcome outcome) {
            switch (outcome) {
                case ReextractOutcome.Updated u -> updated++;
                case ReextractOutcome.Unchanged u -> unchanged++;
                case ReextractOutcome.Kept k -> kept++;
                case ReextractOutcome.Failed f -> failed++;
            }
        }
    }
}
