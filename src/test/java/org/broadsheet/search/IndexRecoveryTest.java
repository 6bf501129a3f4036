package org.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the index does when its disk fills and then has room again. */
class IndexRecoveryTest {
    @TempDir
    Path dir;

    private static IndexedArticle article(long id, String title) {
        return new IndexedArticle(
                id,
                "hash-" + id,
                1,
                "Harbour Gazette",
                "GB",
                "en",
                Instant.parse("2026-11-20T08:00:00Z"),
                title,
                title,
                title + " and more words about it.",
                null);
    }

    private static long hits(SearchIndex index, String query) {
        return index.search(SearchRequest.of(query, 10), null).total();
    }

    @Test
    void reopensAFailedWriterOnceTheDiskHasRoomAgain() {
        FullDiskIndex disk = new FullDiskIndex(dir.resolve("index"));
        try (SearchIndex index = disk.index) {
            index.put(article(1, "Storm closes the harbour"));
            index.commit();
            assertThat(index.problem()).isEmpty();

            disk.full.set(true);
            assertThatThrownBy(() -> {
                        index.put(article(2, "Ferry sails again")); // Lucene writes stored fields as it goes
                        index.commit();
                    })
                    .isInstanceOf(RuntimeException.class);
            assertThat(index.problem())
                    .as("the failure is reported while it lasts")
                    .hasValueSatisfying(p -> assertThat(p).contains("No space left on device"));
            assertThat(hits(index, "harbour"))
                    .as("searches keep answering from the last commit")
                    .isEqualTo(1);

            disk.full.set(false);
            index.put(article(3, "Lighthouse keeper retires"));
            index.commit();

            assertThat(index.problem())
                    .as("a commit that works clears the problem")
                    .isEmpty();
            assertThat(hits(index, "lighthouse")).isEqualTo(1);
            assertThat(hits(index, "harbour")).isEqualTo(1);
            index.put(article(2, "Ferry sails again"));
            index.commit();
            assertThat(hits(index, "ferry")).isEqualTo(1);
        }
    }

    @Test
    void aClosedIndexIsNotReopened() {
        SearchIndex index = new FullDiskIndex(dir.resolve("index")).index;
        index.close();

        assertThatThrownBy(() -> index.put(article(1, "Storm closes the harbour")))
                .isInstanceOf(org.apache.lucene.store.AlreadyClosedException.class);
    }
}
