package org.broadsheet.app;

import java.nio.file.Path;
import org.broadsheet.store.Database;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where Broadsheet keeps its data: shared by every command that opens the database. */
final class StorageOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "${env:BROADSHEET_DATA:-data}",
            description = "Data folder for the embedded database and indexes (default: ${DEFAULT-VALUE}; env"
                    + " BROADSHEET_DATA).")
    Path dataDir = Path.of("data");

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            defaultValue = "${env:BROADSHEET_DB}",
            description = "Database URL, e.g. jdbc:postgresql://localhost/broadsheet?user=me (default: SQLite file"
                    + " DIR/broadsheet.db; env BROADSHEET_DB).")
    @Nullable
    String jdbcUrl;

    String jdbcUrl() {
        return jdbcUrl != null && !jdbcUrl.isBlank() ? jdbcUrl : Database.sqliteUrl(dataDir);
    }
}
