package org.broadsheet.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file in a temporary folder. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String jdbcUrl() {
        return Database.sqliteUrl(dir.resolve("nested"));
    }
}
