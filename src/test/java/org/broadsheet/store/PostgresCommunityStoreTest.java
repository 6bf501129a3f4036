package org.broadsheet.store;

import org.broadsheet.testing.TestPostgres;

/** The accounts and comments contract on PostgreSQL (skipped without one, mandatory in CI). */
class PostgresCommunityStoreTest extends CommunityStoreContract {
    @Override
    String jdbcUrl() {
        return TestPostgres.freshDatabaseUrl();
    }
}
