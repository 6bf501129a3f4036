package org.broadsheet.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.broadsheet.store.Account;
import org.broadsheet.store.AppPassword;
import org.broadsheet.store.AppPasswordStore;
import org.broadsheet.store.AppPasswordUse;

/**
 * Passwords for reader apps (Fever and Google Reader clients), one per app, each revocable on its own; the account's
 * main password never opens the sync APIs. A secret is shown once; what is stored cannot give it back: its SHA-256,
 * the Fever key (MD5 of "username:secret", which Fever clients send and which must therefore be kept from creation)
 * and the SHA-256 of the Google Reader token handed out for it.
 */
public final class AppPasswords {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Lower-case letters and digits without the look-alikes 0, o, 1, l: easy to type into a phone. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final AppPasswordStore store;
    private final Clock clock;

    AppPasswords(AppPasswordStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Creates an app password labelled {@code label} and returns its secret, shown this once. */
    public String create(Account account, String label) {
        String name = label.strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new AccountException(
                    AccountProblem.TOKEN_NAME_INVALID, "Give the app password a name of 1 to 60 characters.");
        }
        String secret = newSecret();
        store.create(
                account.id(),
                name,
                Secrets.hash(secret),
                feverKey(account.username(), secret),
                Secrets.hash(readerToken(secret)),
                clock.instant());
        return secret;
    }

    /** An account's app passwords, newest first. */
    public List<AppPassword> list(Account account) {
        return store.list(account.id());
    }

    /** Revokes one of an account's app passwords at once; false when it has none with that id. */
    public boolean revoke(Account account, long id) {
        return store.revoke(account.id(), id);
    }

    /** Revokes all of an account's app passwords; returns how many there were. */
    int revokeAll(long accountId) {
        return store.revokeAll(accountId);
    }

    /**
     * The account and app password for a Google Reader ClientLogin; the Auth token to hand out is {@link
     * #readerToken(String)} of the same secret.
     */
    public Optional<AppPasswordUse> logIn(String username, String secret) {
        if (secret.isEmpty() || secret.length() > 100 || username.length() > 100) {
            return Optional.empty();
        }
        return store.findBySecret(username, Secrets.hash(secret), clock.instant());
    }

    /** The account and app password a Fever {@code api_key} stands for. */
    public Optional<AppPasswordUse> forFeverKey(String apiKey) {
        if (apiKey.length() != 32) {
            return Optional.empty();
        }
        return store.findByFeverKey(apiKey.toLowerCase(Locale.ROOT), clock.instant());
    }

    /** The account and app password a Google Reader Auth token stands for. */
    public Optional<AppPasswordUse> forReaderToken(String token) {
        if (token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return store.findByReaderToken(Secrets.hash(token), clock.instant());
    }

    /** The Google Reader Auth token for an app password's secret: derived from it, so every log-in gets the same. */
    public static String readerToken(String secret) {
        return "bsr_" + Secrets.hash("google-reader-auth:" + secret);
    }

    /** The Fever key of a name and secret: the lower-case hex MD5 of "username:secret", as the protocol defines it. */
    public static String feverKey(String username, String secret) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest((username + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** Six groups of four characters from {@link #ALPHABET}: 120 random bits. */
    private static String newSecret() {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            if (i > 0 && i % 4 == 0) {
                secret.append('-');
            }
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }
}
