package org.broadsheet.ingest;

import java.nio.file.Path;
import org.broadsheet.store.Source;

/**
 * The child process of {@link EnrichmentCrashTest}: stores articles one after another and enriches after each, printing
 * "stored N" as it goes, until the parent kills it with SIGKILL. Nothing is closed: the process just dies.
 */
public final class CrashingIngest {
    private CrashingIngest() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        EnrichmentFixture f = new EnrichmentFixture(dir);
        Source source = f.db.sources().all().isEmpty()
                ? f.source("Harbour Gazette", "GB", "en")
                : f.db.sources().all().getFirst();
        for (int i = 0; ; i++) {
            f.article(source, prefix + i, "Harbour story " + i, "Boats, tides and harbour news, part " + i + ".");
            if (i % 3 == 0) {
                // An edit of an earlier article, so that the index has stale entries to replace too.
                f.article(source, prefix + (i / 2), "Harbour story " + (i / 2), "Edited at step " + i + ".");
            }
            System.out.println("stored " + i);
            System.out.flush();
            f.enrichment.catchUp();
        }
    }
}
