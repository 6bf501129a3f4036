package org.broadsheet.store;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Reading nullable columns stored the same way on every database (times as epoch milliseconds, URIs as text). */
final class Rows {
    private Rows() {}

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static @Nullable URI uri(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : URI.create(value);
    }

    static @Nullable Long millis(@Nullable Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static @Nullable String text(@Nullable URI uri) {
        return uri == null ? null : uri.toString();
    }
}
