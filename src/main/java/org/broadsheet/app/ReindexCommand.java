package org.broadsheet.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.ingest.Enrichment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet reindex}: rebuilds the search index from the database. Embeddings already stored for the current
 * content are reused; only missing or stale ones are computed. Run it while the server is stopped (the index is
 * locked by the process that has it open).
 */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuilds the search index (DATA/index) from the database, embedding articles that need it.")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage = new StorageOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        try (Broadsheet app = Broadsheet.open(storage.jdbcUrl(), storage.dataDir, FetchSettings.defaults())) {
            Enrichment.Progress p = app.enrichment().rebuild();
            out.printf(
                    "Indexed %d articles (%d embeddings computed, the rest reused) in %d ms; the index holds %d.%n",
                    p.indexed(),
                    p.embedded(),
                    (System.nanoTime() - started) / 1_000_000,
                    app.searchIndex().count());
            out.flush();
            return 0;
        }
    }
}
