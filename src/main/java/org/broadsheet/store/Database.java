package org.broadsheet.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The database behind Broadsheet: a connection pool, migrations applied on open, and the stores of each aggregate.
 * SQLite (a file, WAL mode) is the embedded default; PostgreSQL is used when the JDBC URL says so.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final AtomicLong version = new AtomicLong();
    private final SourceStore sources;
    private final ArticleStore articles;
    private final EmbeddingStore embeddings;
    private final AccountStore accounts;
    private final CommentStore comments;
    private final ModerationStore moderation;
    private final SummaryStore summaries;
    private final StoryStore stories;
    private final ReadingStore reading;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        Jdbi jdbi = Jdbi.create(dataSource);
        Writes writes = new Writes(jdbi, version, dialect == Dialect.SQLITE);
        this.sources = new SourceStore(jdbi, writes);
        this.articles = new ArticleStore(jdbi, writes);
        this.embeddings = new EmbeddingStore(jdbi, writes);
        this.accounts = new AccountStore(jdbi, writes);
        this.comments = new CommentStore(jdbi, writes);
        this.moderation = new ModerationStore(jdbi, writes);
        this.summaries = new SummaryStore(jdbi, writes);
        this.stories = new StoryStore(jdbi, writes);
        this.reading = new ReadingStore(jdbi, writes);
    }

    /**
     * Opens the database at {@code jdbcUrl} ({@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://...}), creating the
     * SQLite file's folder if needed, and migrates its schema to the current version.
     */
    public static Database open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.of(jdbcUrl);
        if (dialect == Dialect.SQLITE) {
            createParentFolder(jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("broadsheet-db");
        dialect.configure(config);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/schema")
                    .placeholders(dialect.placeholders())
                    .load();
            TwoTreeChecksums.adopt(flyway, dialect, dataSource);
            flyway.migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        Database database = new Database(dataSource, dialect);
        database.stories.recountStale(Instant.now());
        return database;
    }

    /** The JDBC URL of an SQLite database file {@code broadsheet.db} in {@code dataDir}. */
    public static String sqliteUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("broadsheet.db").toAbsolutePath();
    }

    private static void createParentFolder(String jdbcUrl) {
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.equals(":memory:") || path.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
    }

    /** The sources store. */
    public SourceStore sources() {
        return sources;
    }

    /** The articles store. */
    public ArticleStore articles() {
        return articles;
    }

    /** Article embeddings. */
    public EmbeddingStore embeddings() {
        return embeddings;
    }

    /** Each account's read and starred articles and followed sources. */
    public ReadingStore reading() {
        return reading;
    }

    /** Accounts, sessions, API tokens and failed log-ins. */
    public AccountStore accounts() {
        return accounts;
    }

    /** Comments, likes and reports. */
    public CommentStore comments() {
        return comments;
    }

    /** The banned-terms list and the audit log. */
    public ModerationStore moderation() {
        return moderation;
    }

    /** Article summaries and sentence vectors of the AI panel. */
    public SummaryStore summaries() {
        return summaries;
    }

    /** Stories and their articles. */
    public StoryStore stories() {
        return stories;
    }

    /** True for PostgreSQL, false for SQLite. */
    public boolean isPostgres() {
        return dialect == Dialect.POSTGRESQL;
    }

    /**
     * A number that grows whenever this process changes sources or articles; caches of rendered pages key on it.
     */
    public long version() {
        return version.get();
    }

    /**
     * Counts a change to what pages show that no write here counted (the search index, say, or stories placed by
     * another path), so that caches keyed on {@link #version()} render their pages again.
     */
    public void contentChanged() {
        version.incrementAndGet();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
