package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.broadsheet.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: a child JVM ingests and indexes articles into a database and index in a folder, and is killed with
 * SIGKILL mid-stream (at some point of storing, embedding, indexing or committing). On the next start, reconciling
 * leaves exactly one index entry per stored article, at its current content.
 */
class EnrichmentCrashTest {
    @TempDir
    Path dir;

    @Test
    void afterKillDashNineMidIngestTheIndexCatchesUpWithoutDuplicatesOrGaps() throws Exception {
        killChildAfter(25, "first-");
        killChildAfter(12, "second-"); // a second crash on top of the first one's leftovers

        try (EnrichmentFixture f = new EnrichmentFixture(dir)) {
            long stored = f.db.articles().count();
            assertThat(stored)
                    .as("each child stores one new article per line it prints")
                    .isGreaterThanOrEqualTo(37);

            Enrichment.Progress p = f.enrichment.reconcile();

            Map<Long, String> expected = EnrichmentTest.dbVersions(f.db);
            assertThat(f.index.versions()).isEqualTo(expected);
            assertThat(f.index.count()).isEqualTo(stored);
            assertThat(f.enrichment.catchUp().embedded()).isZero();
            long total = f.index.search(SearchRequest.of("harbour", 100), null).total();
            assertThat(total).as("every article once, after %s", p).isEqualTo(stored);
        }
    }

    private void killChildAfter(int articles, String guidPrefix) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingIngest.class.getName(),
                        dir.toString(),
                        guidPrefix)
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while (seen < articles && (line = out.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    seen++;
                }
            }
            assertThat(seen)
                    .as("the child stopped early; it printed its error above")
                    .isEqualTo(articles);
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no index close, no commit
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(List.of(child.exitValue())).doesNotContain(0);
    }
}
