package org.broadsheet.store;

import org.broadsheet.testing.TestPostgres;

/** The story store contract on PostgreSQL (skipped without one, mandatory in CI). */
class PostgresStoryStoreTest extends StoryStoreContract {
    @Override
    String jdbcUrl() {
        return TestPostgres.freshDatabaseUrl();
    }
}
