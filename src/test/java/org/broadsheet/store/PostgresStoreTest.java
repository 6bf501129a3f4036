package org.broadsheet.store;

import org.broadsheet.testing.TestPostgres;

/** The store contract on PostgreSQL: a fresh database per test (skipped without one, mandatory in CI). */
class PostgresStoreTest extends StoreContract {
    @Override
    String jdbcUrl() {
        return TestPostgres.freshDatabaseUrl();
    }
}
