package org.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
    @Test
    void replacesDatabaseInUrlAndKeepsHostAndParameters() {
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://127.0.0.1:5433/broadsheet_test?user=postgres", "bs_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5433/bs_1?user=postgres");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://db,db2:5432/x", "bs_2"))
                .isEqualTo("jdbc:postgresql://db,db2:5432/bs_2");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://db/?ssl=false", "bs_3"))
                .isEqualTo("jdbc:postgresql://db/bs_3?ssl=false");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://db?user=u", "bs_4"))
                .isEqualTo("jdbc:postgresql://db/bs_4?user=u");
    }

    @Test
    void connectsToFreshDatabaseAndRunsSelectOne() throws Exception {
        String url = TestPostgres.freshDatabaseUrl();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select 1")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(1);
            assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith("15");
        }
    }

    @Test
    void givesEachCallAnEmptyDatabaseOfItsOwn() throws Exception {
        String first = TestPostgres.freshDatabaseUrl();
        String second = TestPostgres.freshDatabaseUrl();
        assertThat(first).isNotEqualTo(second);
        try (Connection connection = DriverManager.getConnection(first);
                Statement statement = connection.createStatement()) {
            statement.execute("create table marker (id integer)");
        }
        try (Connection connection = DriverManager.getConnection(second);
                ResultSet tables = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            assertThat(tables.next()).as("tables in a fresh database").isFalse();
        }
    }
}
