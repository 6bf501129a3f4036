package org.broadsheet.store;

import com.ibm.icu.text.SpoofChecker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jspecify.annotations.Nullable;

/**
 * Accounts and what hangs off them: sessions, API tokens and failed log-ins. Secrets (session ids, tokens) are stored
 * only as hashes, which the caller computes.
 */
public final class AccountStore {
    private static final String COLUMNS = "id, username, role, created, banned_until, ban_reason";

    private final Jdbi jdbi;
    private final Writes writes;
    private final AppPasswordStore appPasswords;

    AccountStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.appPasswords = new AppPasswordStore(jdbi, writes);
    }

    /** The accounts' app passwords, for the sync APIs. */
    public AppPasswordStore appPasswords() {
        return appPasswords;
    }

    /** Thread-safe once built; its data (the Unicode confusables table) loads with the class. */
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    /** The key names are unique by: the name in Unicode compatibility form (NFKC), in lower case. */
    public static String key(String username) {
        return Normalizer.normalize(username.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * What a name looks like: the Unicode TS #39 skeleton of its {@link #key}, the same for names a reader cannot tell
     * apart ("alice" and "аlice" with a Cyrillic а, "admin1" and "admın1", "mary" and "rnary").
     */
    public static String skeleton(String username) {
        return SPOOF.getSkeleton(key(username));
    }

    /**
     * Creates an account.
     *
     * @throws DuplicateAccountException when the name is taken, in any case or Unicode form, or looks like one that is
     */
    public Account create(String username, String passwordHash, Role role, Instant now) {
        try {
            return writes.transaction(h -> {
                fillSkeletons(h);
                Optional<String> taken = h.createQuery("SELECT username FROM account WHERE username_key = :key")
                        .bind("key", key(username))
                        .mapTo(String.class)
                        .findFirst();
                if (taken.isPresent()) {
                    throw new DuplicateAccountException(username);
                }
                Optional<String> lookAlike = h.createQuery(
                                "SELECT username FROM account WHERE username_skeleton = :skeleton ORDER BY id")
                        .bind("skeleton", skeleton(username))
                        .mapTo(String.class)
                        .findFirst();
                if (lookAlike.isPresent()) {
                    throw new DuplicateAccountException(username, lookAlike.get(), true);
                }
                long id = h.createUpdate("INSERT INTO account (username, username_key, username_skeleton,"
                                + " password_hash, role, created) VALUES (:username, :key, :skeleton, :hash, :role,"
                                + " :created)")
                        .bind("username", username)
                        .bind("key", key(username))
                        .bind("skeleton", skeleton(username))
                        .bind("hash", passwordHash)
                        .bind("role", role.key())
                        .bind("created", now.toEpochMilli())
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one();
                return new Account(id, username, role, Instant.ofEpochMilli(now.toEpochMilli()), null, null);
            });
        } catch (UnableToExecuteStatementException e) {
            // Two sign-ups for one name at once on PostgreSQL: the unique index refuses the second.
            if (findByName(username).isPresent()) {
                throw new DuplicateAccountException(username);
            }
            throw e;
        }
    }

    /** Gives the accounts made before names had skeletons theirs. */
    private static void fillSkeletons(Handle h) {
        List<Map.Entry<Long, String>> missing = h.createQuery(
                        "SELECT id, username FROM account WHERE username_skeleton IS NULL")
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("username")))
                .list();
        for (Map.Entry<Long, String> account : missing) {
            h.createUpdate("UPDATE account SET username_skeleton = :skeleton WHERE id = :id")
                    .bind("skeleton", skeleton(account.getValue()))
                    .bind("id", account.getKey())
                    .execute();
        }
    }

    /** The account with this name (in any case), if any. */
    public Optional<Account> findByName(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE username_key = :key")
                .bind("key", key(username))
                .map(AccountStore::map)
                .findOne());
    }

    /** The account with this id, if any. */
    public Optional<Account> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id")
                .bind("id", id)
                .map(AccountStore::map)
                .findOne());
    }

    /** Every account, by name. */
    public List<Account> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM account ORDER BY username_key")
                .map(AccountStore::map)
                .list());
    }

    /** The stored password hash of an account. */
    public String passwordHash(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM account WHERE id = :id")
                .bind("id", accountId)
                .mapTo(String.class)
                .one());
    }

    /** Replaces an account's password hash. */
    public void setPasswordHash(long accountId, String hash) {
        writes.transaction(h -> h.createUpdate("UPDATE account SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash)
                .bind("id", accountId)
                .execute());
    }

    /** Gives an account another role. */
    public void setRole(long accountId, Role role) {
        writes.transaction(h -> h.createUpdate("UPDATE account SET role = :role WHERE id = :id")
                .bind("role", role.key())
                .bind("id", accountId)
                .execute());
    }

    /** Bans an account until {@code until} ({@link Instant#MAX} for good), or lifts its ban when it is null. */
    public void setBan(long accountId, @Nullable Instant until, @Nullable String reason) {
        Long millis = until == null ? null : until.equals(Instant.MAX) ? Long.MAX_VALUE : until.toEpochMilli();
        writes.transaction(
                h -> h.createUpdate("UPDATE account SET banned_until = :until, ban_reason = :reason WHERE id = :id")
                        .bind("until", millis)
                        .bind("reason", until == null ? null : reason)
                        .bind("id", accountId)
                        .execute());
    }

    /** Stores a new session under the hash of its cookie value. */
    public void createSession(String idHash, long accountId, String csrf, Instant now, Instant expires) {
        writes.transaction(h -> h.createUpdate("INSERT INTO account_session (id, account_id, csrf, created, expires)"
                        + " VALUES (:id, :account, :csrf, :created, :expires)")
                .bind("id", idHash)
                .bind("account", accountId)
                .bind("csrf", csrf)
                .bind("created", now.toEpochMilli())
                .bind("expires", expires.toEpochMilli())
                .execute());
    }

    /** The session stored under {@code idHash}, unless it has expired by {@code now}. */
    public Optional<SignedInSession> findSession(String idHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.username, a.role, a.created, a.banned_until,"
                        + " a.ban_reason, s.csrf, s.expires FROM account_session s JOIN account a ON a.id ="
                        + " s.account_id WHERE s.id = :id AND s.expires > :now")
                .bind("id", idHash)
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new SignedInSession(
                        map(rs, ctx), rs.getString("csrf"), Instant.ofEpochMilli(rs.getLong("expires"))))
                .findOne());
    }

    /** Ends one session. */
    public void deleteSession(String idHash) {
        writes.transaction(h -> h.createUpdate("DELETE FROM account_session WHERE id = :id")
                .bind("id", idHash)
                .execute());
    }

    /** Ends every session of an account and returns how many there were. */
    public int deleteSessions(long accountId) {
        return writes.transaction(h -> h.createUpdate("DELETE FROM account_session WHERE account_id = :id")
                .bind("id", accountId)
                .execute());
    }

    /** Stores an API token under the hash of its secret. */
    public ApiToken createToken(long accountId, String name, String secretHash, Instant now) {
        long id = writes.transaction(h -> h.createUpdate("INSERT INTO api_token (account_id, name, token_hash,"
                        + " created) VALUES (:account, :name, :hash, :created)")
                .bind("account", accountId)
                .bind("name", name)
                .bind("hash", secretHash)
                .bind("created", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new ApiToken(id, accountId, name, Instant.ofEpochMilli(now.toEpochMilli()), null);
    }

    /** An account's API tokens, newest first. */
    public List<ApiToken> tokens(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, account_id, name, created, last_used FROM api_token"
                        + " WHERE account_id = :id ORDER BY id DESC")
                .bind("id", accountId)
                .map((rs, ctx) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        rs.getString("name"),
                        Instant.ofEpochMilli(rs.getLong("created")),
                        Rows.instant(rs, "last_used")))
                .list());
    }

    /** Revokes one of an account's tokens; false when it has no such token. */
    public boolean revokeToken(long accountId, long tokenId) {
        return writes.transaction(h -> h.createUpdate("DELETE FROM api_token WHERE id = :id AND account_id = :account")
                        .bind("id", tokenId)
                        .bind("account", accountId)
                        .execute())
                > 0;
    }

    /** Revokes every API token of an account and returns how many there were. */
    public int deleteTokens(long accountId) {
        return writes.transaction(h -> h.createUpdate("DELETE FROM api_token WHERE account_id = :account")
                .bind("account", accountId)
                .execute());
    }

    /** The account whose token has this hash, noting the use. */
    public Optional<Account> findByToken(String secretHash, Instant now) {
        Optional<Account> account =
                jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.username, a.role, a.created, a.banned_until,"
                                + " a.ban_reason FROM api_token t JOIN account a ON a.id = t.account_id"
                                + " WHERE t.token_hash = :hash")
                        .bind("hash", secretHash)
                        .map(AccountStore::map)
                        .findOne());
        account.ifPresent(a ->
                writes.transaction(h -> h.createUpdate("UPDATE api_token SET last_used = :now WHERE token_hash = :hash")
                        .bind("now", now.toEpochMilli())
                        .bind("hash", secretHash)
                        .execute()));
        return account;
    }

    /** Notes a failed log-in for a name from an address. */
    public void recordLoginFailure(String username, String address, Instant at) {
        writes.transaction(h -> h.createUpdate(
                        "INSERT INTO login_failure (username_key, address, at) VALUES (:key, :address, :at)")
                .bind("key", key(username))
                .bind("address", address)
                .bind("at", at.toEpochMilli())
                .execute());
    }

    /** Failed log-ins since {@code since} for this name (any address) and from this address (any name). */
    public LoginFailures loginFailures(String username, String address, Instant since) {
        return jdbi.withHandle(h -> new LoginFailures(
                h.createQuery("SELECT COUNT(*) FROM login_failure WHERE username_key = :key AND at >= :since")
                        .bind("key", key(username))
                        .bind("since", since.toEpochMilli())
                        .mapTo(Integer.class)
                        .one(),
                h.createQuery("SELECT COUNT(*) FROM login_failure WHERE address = :address AND at >= :since")
                        .bind("address", address)
                        .bind("since", since.toEpochMilli())
                        .mapTo(Integer.class)
                        .one()));
    }

    /** Forgets the failed log-ins of a name, after it signed in. */
    public void clearLoginFailures(String username) {
        writes.transaction(h -> h.createUpdate("DELETE FROM login_failure WHERE username_key = :key")
                .bind("key", key(username))
                .execute());
    }

    /** Deletes sessions that expired before {@code sessionsBefore} and failed log-ins older than {@code failuresBefore}. */
    public void purge(Instant sessionsBefore, Instant failuresBefore) {
        writes.transaction(h -> {
            h.createUpdate("DELETE FROM account_session WHERE expires < :t")
                    .bind("t", sessionsBefore.toEpochMilli())
                    .execute();
            return h.createUpdate("DELETE FROM login_failure WHERE at < :t")
                    .bind("t", failuresBefore.toEpochMilli())
                    .execute();
        });
    }

    /** Failed log-ins counted by name and by address. */
    public record LoginFailures(int byName, int byAddress) {
        /** The larger of the two counts. */
        public int worst() {
            return Math.max(byName, byAddress);
        }
    }

    static Account map(ResultSet rs, StatementContext ctx) throws SQLException {
        long until = rs.getLong("banned_until");
        Instant bannedUntil = rs.wasNull() ? null : until == Long.MAX_VALUE ? Instant.MAX : Instant.ofEpochMilli(until);
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                Role.of(rs.getString("role")).orElse(Role.READER),
                Instant.ofEpochMilli(rs.getLong("created")),
                bannedUntil,
                rs.getString("ban_reason"));
    }
}
