package org.broadsheet.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * App passwords: the passwords reader apps sign in to the sync APIs with. Each is stored three ways, all one-way: the
 * hash of the secret (ClientLogin), the Fever key (MD5 of "username:secret", as that protocol sends it) and the hash
 * of the Google Reader token handed out for it. The caller computes all three.
 */
public final class AppPasswordStore {
    /** A use is noted at most once a minute, so that every API request does not write. */
    private static final long NOTE_EVERY_MILLIS = 60_000;

    private static final String ACCOUNT_COLUMNS =
            "a.id, a.username, a.role, a.created, a.banned_until, a.ban_reason, p.id AS password_id";

    private final Jdbi jdbi;
    private final Writes writes;

    AppPasswordStore(Jdbi jdbi, Writes writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    /** Stores a new app password by its three hashes. */
    public AppPassword create(
            long accountId, String label, String secretHash, String feverKey, String readerTokenHash, Instant now) {
        long id = writes.transaction(h -> h.createUpdate("INSERT INTO app_password (account_id, label, secret_hash,"
                        + " fever_key, reader_token_hash, created) VALUES (:account, :label, :secret, :fever, :reader,"
                        + " :created)")
                .bind("account", accountId)
                .bind("label", label)
                .bind("secret", secretHash)
                .bind("fever", feverKey)
                .bind("reader", readerTokenHash)
                .bind("created", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new AppPassword(id, accountId, label, Instant.ofEpochMilli(now.toEpochMilli()), null);
    }

    /** An account's app passwords, newest first. */
    public List<AppPassword> list(long accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, account_id, label, created, last_used FROM app_password"
                        + " WHERE account_id = :id ORDER BY id DESC")
                .bind("id", accountId)
                .map((rs, ctx) -> new AppPassword(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        rs.getString("label"),
                        Instant.ofEpochMilli(rs.getLong("created")),
                        Rows.instant(rs, "last_used")))
                .list());
    }

    /** Revokes one of an account's app passwords; false when it has no such password. */
    public boolean revoke(long accountId, long id) {
        return writes.transaction(
                        h -> h.createUpdate("DELETE FROM app_password WHERE id = :id AND account_id = :account")
                                .bind("id", id)
                                .bind("account", accountId)
                                .execute())
                > 0;
    }

    /** Revokes every app password of an account and returns how many there were. */
    public int revokeAll(long accountId) {
        return writes.transaction(h -> h.createUpdate("DELETE FROM app_password WHERE account_id = :account")
                .bind("account", accountId)
                .execute());
    }

    /** The account named {@code username} (in any case) if {@code secretHash} is one of its app passwords. */
    public Optional<AppPasswordUse> findBySecret(String username, String secretHash, Instant now) {
        return find(
                "a.username_key = :name AND p.secret_hash = :hash",
                Map.of("name", AccountStore.key(username), "hash", secretHash),
                now);
    }

    /** The account and app password whose Fever key this is. */
    public Optional<AppPasswordUse> findByFeverKey(String feverKey, Instant now) {
        return find("p.fever_key = :hash", Map.of("hash", feverKey), now);
    }

    /** The account and app password whose Google Reader token has this hash. */
    public Optional<AppPasswordUse> findByReaderToken(String tokenHash, Instant now) {
        return find("p.reader_token_hash = :hash", Map.of("hash", tokenHash), now);
    }

    private Optional<AppPasswordUse> find(String where, Map<String, String> binds, Instant now) {
        Optional<AppPasswordUse> use = jdbi.withHandle(h -> h.createQuery("SELECT " + ACCOUNT_COLUMNS
                        + " FROM app_password p JOIN account a ON a.id = p.account_id WHERE " + where)
                .bindMap(binds)
                .map((rs, ctx) -> new AppPasswordUse(AccountStore.map(rs, ctx), rs.getLong("password_id")))
                .findOne());
        use.ifPresent(u -> writes.transaction(h -> h.createUpdate("UPDATE app_password SET last_used = :now"
                        + " WHERE id = :id AND (last_used IS NULL OR last_used < :stale)")
                .bind("now", now.toEpochMilli())
                .bind("stale", now.toEpochMilli() - NOTE_EVERY_MILLIS)
                .bind("id", u.appPasswordId())
                .execute()));
        return use;
    }
}
