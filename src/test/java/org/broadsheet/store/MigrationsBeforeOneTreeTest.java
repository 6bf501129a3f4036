package org.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database migrated from the two per-dialect trees that V1 to V8 once were (copies kept under
 * {@code store/migration-before-one-tree}) opens with the one tree: its data stays, the checksums of exactly those
 * files are adopted, and any other edit of an applied migration is still refused. The one tree also builds the same
 * schema as the two trees did, on SQLite and on PostgreSQL.
 */
class MigrationsBeforeOneTreeTest {
    @TempDir
    Path dir;

    @Test
    void sqliteDatabaseFromTheTwoTreesOpensWithItsData() throws SQLException {
        opensWithItsData(sqlite("old"), "sqlite");
    }

    @Test
    void postgresDatabaseFromTheTwoTreesOpensWithItsData() throws SQLException {
        opensWithItsData(TestPostgres.freshDatabaseUrl(), "postgresql");
    }

    @Test
    void sqliteStillRefusesAnEditedMigration() {
        refusesAnEditedMigration(sqlite("edited"), "sqlite");
    }

    @Test
    void postgresStillRefusesAnEditedMigration() {
        refusesAnEditedMigration(TestPostgres.freshDatabaseUrl(), "postgresql");
    }

    @Test
    void sqliteOneTreeBuildsTheSchemaTheTwoTreesBuilt() throws SQLException {
        String before = sqlite("before");
        String after = sqlite("after");
        migrateFromTwoTrees(before, "sqlite");
        // What an upgrade does: the later migrations (only in the one tree) run on top of the two trees' schema.
        Database.open(before).close();
        Database.open(after).close();
        String schema = "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master"
                + " WHERE name NOT LIKE 'flyway%' AND sql IS NOT NULL ORDER BY type, name";
        assertThat(rows(after, schema)).isNotEmpty().isEqualTo(rows(before, schema));
    }

    @Test
    void postgresOneTreeBuildsTheSchemaTheTwoTreesBuilt() throws SQLException {
        String before = TestPostgres.freshDatabaseUrl();
        String after = TestPostgres.freshDatabaseUrl();
        migrateFromTwoTrees(before, "postgresql");
        Database.open(before).close();
        Database.open(after).close();
        String columns = "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                + " || COALESCE(column_default, '') || ' ' || is_identity || ' ' || COALESCE(identity_generation, '')"
                + " FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name NOT LIKE 'flyway%' ORDER BY 1";
        String constraints = "SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE connamespace = 'public'::regnamespace ORDER BY 1";
        String indexes = "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'"
                + " AND tablename NOT LIKE 'flyway%' ORDER BY 1";
        for (String query : List.of(columns, constraints, indexes)) {
            assertThat(rows(after, query)).as(query).isNotEmpty().isEqualTo(rows(before, query));
        }
    }

    private String sqlite(String name) {
        return "jdbc:sqlite:" + dir.resolve(name + ".db");
    }

    private void opensWithItsData(String url, String folder) throws SQLException {
        migrateFromTwoTrees(url, folder);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO banned_term (term, regex) VALUES ('kept', 0)");
        }

        try (Database db = Database.open(url)) {
            assertThat(db.moderation().bannedTerms()).containsExactly(new BannedTerm("kept", false));
        }
        ValidateResult validation = oneTree(url, folder).validateWithResult();
        assertThat(validation.validationSuccessful)
                .as(validation.getAllErrorMessages())
                .isTrue();
        try (Database db = Database.open(url)) {
            assertThat(db.moderation().bannedTerms()).containsExactly(new BannedTerm("kept", false));
        }
    }

    private void refusesAnEditedMigration(String url, String folder) {
        migrateFromTwoTrees(url, folder);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '4'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        assertThatThrownBy(() -> Database.open(url).close()).hasMessageContaining("checksum mismatch");
    }

    private static void migrateFromTwoTrees(String url, String folder) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:store/migration-before-one-tree/" + folder)
                .load()
                .migrate();
    }

    private static Flyway oneTree(String url, String folder) {
        Dialect dialect = folder.equals("sqlite") ? Dialect.SQLITE : Dialect.POSTGRESQL;
        return Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/schema")
                .placeholders(dialect.placeholders())
                .load();
    }

    private static List<String> rows(String url, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                // The one tree's files are laid out a little differently; what each statement says is the same.
                rows.add(rs.getString(1).replaceAll("\\s+", " "));
            }
        }
        return rows;
    }
}
