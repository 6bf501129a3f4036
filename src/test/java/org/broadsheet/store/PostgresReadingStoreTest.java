package org.broadsheet.store;

import org.broadsheet.testing.TestPostgres;

/** The reading-state contract on PostgreSQL (skipped without one, mandatory in CI). */
class PostgresReadingStoreTest extends ReadingStoreContract {
    @Override
    String jdbcUrl() {
        return TestPostgres.freshDatabaseUrl();
    }
}
