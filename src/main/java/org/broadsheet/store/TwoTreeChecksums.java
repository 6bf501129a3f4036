package org.broadsheet.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a database migrated while there were two migration trees open with the one tree. Migrations V1 to V8 were kept
 * once per dialect ({@code db/migration/sqlite} and {@code db/migration/postgresql}) until they became one tree with
 * placeholders; the SQL each dialect runs is the same to the letter, but Flyway's checksum is taken over a file's text
 * before placeholders are replaced, so the checksums a database recorded no longer match.
 *
 * <p>The one tree lives in {@code db/schema}, not {@code db/migration}, because Flyway scans a location's subfolders:
 * a build that is not clean keeps the two trees' copies under {@code target/classes/db/migration}, which would
 * otherwise be read as second migrations of each version.
 *
 * <p>Before migrating, a recorded checksum is replaced by the current file's only when it is exactly the checksum the
 * two-tree file of that version had in this dialect. Any other mismatch (an edited migration) is left for Flyway's
 * validation to refuse, as before.
 */
final class TwoTreeChecksums {
    private static final Logger log = LoggerFactory.getLogger(TwoTreeChecksums.class);

    /**
     * The checksums of the two-tree files that differ from the one tree's, by dialect and version (V2, V6 and V7 had no
     * dialect difference, so their text and checksum did not change). The files themselves are kept as test resources.
     */
    private static final Map<Dialect, Map<String, Integer>> BEFORE_ONE_TREE = Map.of(
            Dialect.SQLITE,
            Map.of("1", -1764496265, "3", -2092853565, "4", 1973533735, "5", -236142542, "8", -1458466281),
            Dialect.POSTGRESQL,
            Map.of("1", 632086576, "3", -778940786, "4", 1319195483, "5", 505180894, "8", -196738533));

    private TwoTreeChecksums() {}

    /** Rewrites the recorded checksums of migrations applied from the two trees to those of the one tree. */
    static void adopt(Flyway flyway, Dialect dialect, DataSource dataSource) {
        Map<String, Integer> before = BEFORE_ONE_TREE.get(dialect);
        List<MigrationInfo> stale = new ArrayList<>();
        for (MigrationInfo m : flyway.info().applied()) {
            MigrationVersion version = m.getVersion();
            Integer applied = m.getAppliedChecksum();
            Integer resolved = m.getResolvedChecksum();
            if (version != null
                    && applied != null
                    && resolved != null
                    && !applied.equals(resolved)
                    && applied.equals(before.get(version.getVersion()))) {
                stale.add(m);
            }
        }
        if (stale.isEmpty()) {
            return; // a new database (no history table yet) or one already adopted
        }
        String sql = "UPDATE " + flyway.getConfiguration().getTable()
                + " SET checksum = ? WHERE version = ? AND checksum = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (MigrationInfo m : stale) {
                update.setInt(1, Objects.requireNonNull(m.getResolvedChecksum()));
                update.setString(2, Objects.requireNonNull(m.getVersion()).getVersion());
                update.setInt(3, Objects.requireNonNull(m.getAppliedChecksum()));
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the checksums of the migrations before one tree", e);
        }
        log.info("Recorded the one migration tree's checksums for the migrations applied from two: {}", stale.size());
    }
}
