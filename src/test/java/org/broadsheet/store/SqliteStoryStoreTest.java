package org.broadsheet.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The story store contract on an SQLite file. */
class SqliteStoryStoreTest extends StoryStoreContract {
    @TempDir
    Path dir;

    @Override
    String jdbcUrl() {
        return Database.sqliteUrl(dir);
    }
}
