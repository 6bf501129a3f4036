package org.broadsheet.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The reading-state contract on an SQLite file. */
class SqliteReadingStoreTest extends ReadingStoreContract {
    @TempDir
    Path dir;

    @Override
    String jdbcUrl() {
        return Database.sqliteUrl(dir);
    }
}
