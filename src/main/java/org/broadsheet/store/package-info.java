/**
 * SQL access per aggregate (sources, articles, accounts, comments, moderation) over JDBI, with Flyway migrations that run unchanged on SQLite and
 * PostgreSQL.
 */
@NullMarked
package org.broadsheet.store;

import org.jspecify.annotations.NullMarked;
