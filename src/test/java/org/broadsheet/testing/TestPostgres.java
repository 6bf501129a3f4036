package org.broadsheet.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Hands each test class a new, empty PostgreSQL database in the server named by the environment variable
 * {@value #URL_VARIABLE} (which {@code .ci/postgres-start} prints). The databases are dropped when the JVM exits;
 * any left behind by a killed JVM live in that throwaway cluster and go with it.
 */
public final class TestPostgres {
    /** The environment variable holding the JDBC URL of a database whose user may create databases. */
    public static final String URL_VARIABLE = "BROADSHEET_TEST_POSTGRES_URL";

    private static final String PREFIX = "jdbc:postgresql://";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreatedDatabases, "drop-test-databases"));
    }

    private TestPostgres() {}

    /** Returns whether a PostgreSQL server is configured for tests through {@value #URL_VARIABLE}. */
    public static boolean available() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    /**
     * Creates a new empty database named {@code bs_<random>} and returns its JDBC URL, with the same user and
     * parameters as the configured one. Skips the calling test when PostgreSQL is not configured, or fails it when
     * the environment variable {@code CI} is {@code true}.
     */
    public static String freshDatabaseUrl() {
        String adminUrl = adminUrl();
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        String name = "bs_" + HexFormat.of().formatHex(suffix);
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement()) {
            // The name is generated above from hex digits only, so it is safe to splice into the statement.
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " through " + URL_VARIABLE, e);
        }
        CREATED.add(name);
        return withDatabase(adminUrl, name);
    }

    private static String adminUrl() {
        if (!available()) {
            String reason = "PostgreSQL not configured: set " + URL_VARIABLE + " (see .ci/postgres-start)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + "; under CI the PostgreSQL tests must run");
            }
            Assumptions.assumeTrue(false, reason);
        }
        String url = System.getenv(URL_VARIABLE).strip();
        if (!url.startsWith(PREFIX)) {
            throw new IllegalStateException(URL_VARIABLE + " must start with " + PREFIX + ", was: " + url);
        }
        return url;
    }

    /**
     * Returns {@code url} with its database replaced by {@code database}, keeping host, port and parameters:
     * {@code jdbc:postgresql://h:1/a?user=u} becomes {@code jdbc:postgresql://h:1/b?user=u}.
     */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', PREFIX.length());
        String hosts = slash < 0 ? base : base.substring(0, slash);
        return hosts + "/" + database + parameters;
    }

    private static void dropCreatedDatabases() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection connection =
                        DriverManager.getConnection(System.getenv(URL_VARIABLE).strip());
                Statement statement = connection.createStatement()) {
            for (String name : CREATED) {
                // FORCE (PostgreSQL 13+) ends connections that pools of the finished tests still hold.
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases " + CREATED + ": " + e);
        }
    }
}
