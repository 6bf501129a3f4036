package org.broadsheet.store;

import com.zaxxer.hikari.HikariConfig;

/** The one place where SQLite and PostgreSQL differ: connection settings and the migration folder. */
enum Dialect {
    SQLITE("sqlite") {
        @Override
        void configure(HikariConfig config) {
            // WAL lets readers run beside the single writer; busy_timeout makes a writer wait instead of failing.
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "10000");
            // A deferred transaction that reads and then writes fails at once (SQLITE_BUSY_SNAPSHOT) when another
            // connection wrote in between; taking the write lock at BEGIN makes writers queue on busy_timeout instead.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.setConnectionInitSql("PRAGMA foreign_keys = ON");
            config.setMaximumPoolSize(8);
        }
    },
    POSTGRESQL("postgresql") {
        @Override
        void configure(HikariConfig config) {
            config.setMaximumPoolSize(10);
        }
    };

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    abstract void configure(HikariConfig config);

    String migrationFolder() {
        return migrationFolder;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "unsupported database URL (use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB): " + jdbcUrl);
    }
}
