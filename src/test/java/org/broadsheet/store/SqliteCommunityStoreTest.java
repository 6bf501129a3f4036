package org.broadsheet.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The accounts and comments contract on an SQLite file. */
class SqliteCommunityStoreTest extends CommunityStoreContract {
    @TempDir
    Path dir;

    @Override
    String jdbcUrl() {
        return Database.sqliteUrl(dir);
    }
}
