package org.broadsheet.account;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.broadsheet.store.Account;
import org.broadsheet.store.AccountStore;
import org.broadsheet.store.ApiToken;
import org.broadsheet.store.DuplicateAccountException;
import org.broadsheet.store.Role;
import org.broadsheet.store.SignedInSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-up, log-in and log-out, sessions, password changes and API tokens. Refusals the person can fix are {@link
 * AccountException}s with a stable {@link AccountProblem}.
 */
public final class Accounts {
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    /** Letters, digits, '_', '.', '-': 3 to 30 of them. */
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.-]{3,30}");
    /** The shortest password accepted. */
    public static final int MIN_PASSWORD = 10;
    /** The longest password accepted, so that hashing cannot be made expensive. */
    public static final int MAX_PASSWORD = 1000;

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final AccountSettings settings;
    private final Clock clock;
    private final AppPasswords appPasswords;
    /** Loaded on first use, so that starting the server costs nothing for it. */
    private volatile @Nullable CommonPasswords common;
    /**
     * A hash verified against when the name is unknown, so that unknown names take as long as wrong passwords; made on
     * first use, because hashing costs about 200 ms that the server's start should not pay.
     */
    private volatile @Nullable String decoyHash;

    public Accounts(AccountStore store, AccountSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.hasher = new PasswordHasher(settings.argon2());
        this.clock = clock;
        this.appPasswords = new AppPasswords(store.appPasswords(), clock);
    }

    /** The accounts' app passwords, for reader apps. */
    public AppPasswords appPasswords() {
        return appPasswords;
    }

    private CommonPasswords common() {
        CommonPasswords list = common;
        if (list == null) {
            list = CommonPasswords.bundled();
            common = list;
        }
        return list;
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(Secrets.random());
            decoyHash = hash;
        }
        return hash;
    }

    /** Creates a reader account after checking the name and the password policy. */
    public Account signUp(String username, String password) {
        return create(username, password, Role.READER);
    }

    /** Creates an account with {@code role}, as {@code broadsheet users add} does. */
    public Account create(String username, String password, Role role) {
        // Compatibility forms become plain ones ("ａｌｉｃｅ" is "alice"), so that a name is stored as readers see it.
        String name = Normalizer.normalize(username.strip(), Normalizer.Form.NFKC);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException(
                    AccountProblem.USERNAME_INVALID,
                    "Use 3 to 30 letters, digits, dots, dashes or underscores for your name.");
        }
        checkPassword(name, password);
        try {
            Account account = store.create(name, hasher.hash(password), role, clock.instant());
            log.info("Account created: account_id={} role={}", account.id(), role.key());
            return account;
        } catch (DuplicateAccountException e) {
            if (e.lookAlike()) {
                throw new AccountException(
                        AccountProblem.USERNAME_LOOKS_TAKEN,
                        "That name looks like " + e.existing() + ", which is taken. Please choose another.");
            }
            throw new AccountException(AccountProblem.USERNAME_TAKEN, "That name is taken. Please choose another.");
        }
    }

    private void checkPassword(String username, String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new AccountException(
                    AccountProblem.PASSWORD_TOO_SHORT, "Use at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new AccountException(
                    AccountProblem.PASSWORD_TOO_LONG, "Use at most " + MAX_PASSWORD + " characters.");
        }
        if (password.strip().equalsIgnoreCase(username.strip())) {
            throw new AccountException(AccountProblem.PASSWORD_IS_USERNAME, "Your password must not be your name.");
        }
        if (common().contains(password)) {
            throw new AccountException(
                    AccountProblem.PASSWORD_TOO_COMMON,
                    "That password is on a list of the most common passwords. Please choose another.");
        }
    }

    /**
     * Checks a name and password and opens a new session (never reusing one the browser had). After {@link
     * AccountSettings#DELAY_AFTER} recent failures for the name or the address each answer waits longer; at the limit
     * every attempt is refused with {@link AccountProblem#TOO_MANY_ATTEMPTS}, right password or not.
     */
    public NewSession logIn(String username, String password, String address) {
        Instant now = clock.instant();
        AccountStore.LoginFailures failures = store.loginFailures(username, address, now.minus(settings.loginWindow()));
        if (failures.worst() >= settings.loginLimit()) {
            log.warn("Log-in refused, too many failures: address={} failures={}", address, failures.worst());
            throw new AccountException(
                    AccountProblem.TOO_MANY_ATTEMPTS,
                    "Too many failed log-ins. Please wait "
                            + settings.loginWindow().toMinutes() + " minutes and try again.");
        }
        pause(settings.delayAfter(failures.worst()));
        Optional<Account> account = store.findByName(username);
        boolean ok = false;
        if (password.length() > MAX_PASSWORD) {
            ok = false;
        } else if (account.isPresent()) {
            ok = hasher.verify(password, store.passwordHash(account.get().id()));
        } else {
            hasher.verify(password, decoyHash()); // same work as for a known name; the answer is no either way
        }
        if (!ok) {
            store.recordLoginFailure(username, address, now);
            throw new AccountException(AccountProblem.WRONG_CREDENTIALS, "That name and password do not match.");
        }
        store.clearLoginFailures(username);
        store.purge(now, now.minus(settings.loginWindow()));
        return open(account.get());
    }

    private NewSession open(Account account) {
        String cookie = Secrets.random();
        String csrf = Secrets.random();
        Instant now = clock.instant();
        store.createSession(Secrets.hash(cookie), account.id(), csrf, now, now.plus(settings.sessionLifetime()));
        return new NewSession(account, cookie, csrf);
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The live session a cookie value stands for, if any. */
    public Optional<SignedInSession> session(String cookieValue) {
        if (cookieValue.isEmpty() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        return store.findSession(Secrets.hash(cookieValue), clock.instant());
    }

    /** Ends the session a cookie value stands for. */
    public void logOut(String cookieValue) {
        store.deleteSession(Secrets.hash(cookieValue));
    }

    /**
     * Ends every session of an account, in every browser, and revokes its API tokens and app passwords, so that whoever took over the
     * account keeps no way in; returns how many sessions were open.
     */
    public int logOutEverywhere(long accountId) {
        int sessions = store.deleteSessions(accountId);
        int tokens = store.deleteTokens(accountId);
        int appPasswords = this.appPasswords.revokeAll(accountId);
        log.info(
                "Logged out everywhere: account_id={} sessions={} tokens={} app_passwords={}",
                accountId,
                sessions,
                tokens,
                appPasswords);
        return sessions;
    }

    /**
     * Changes a password after checking the current one, ends every session, revokes every API token and app
     * password, and opens a new
     * session for this browser.
     */
    public NewSession changePassword(Account account, String current, String replacement) {
        if (!hasher.verify(current, store.passwordHash(account.id()))) {
            throw new AccountException(AccountProblem.WRONG_CURRENT_PASSWORD, "Your current password is not right.");
        }
        checkPassword(account.username(), replacement);
        store.setPasswordHash(account.id(), hasher.hash(replacement));
        store.deleteSessions(account.id());
        store.deleteTokens(account.id());
        appPasswords.revokeAll(account.id());
        log.info("Password changed: account_id={}", account.id());
        return open(account);
    }

    /** Sets a password without knowing the old one, for the command line; ends every session and revokes every token and app
     * password. */
    public void resetPassword(Account account, String replacement) {
        checkPassword(account.username(), replacement);
        store.setPasswordHash(account.id(), hasher.hash(replacement));
        store.deleteSessions(account.id());
        store.deleteTokens(account.id());
        appPasswords.revokeAll(account.id());
        log.info("Password reset: account_id={}", account.id());
    }

    /** Creates a personal API token and returns its secret, which is shown once and stored only as a hash. */
    public String createToken(Account account, String name) {
        String label = name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new AccountException(
                    AccountProblem.TOKEN_NAME_INVALID, "Give the token a name of 1 to 60 characters.");
        }
        String secret = "bst_" + Secrets.random();
        store.createToken(account.id(), label, Secrets.hash(secret), clock.instant());
        return secret;
    }

    /** An account's tokens, newest first. */
    public List<ApiToken> tokens(Account account) {
        return store.tokens(account.id());
    }

    /** Revokes one of an account's tokens; false when it has none with that id. */
    public boolean revokeToken(Account account, long tokenId) {
        return store.revokeToken(account.id(), tokenId);
    }

    /** The account a bearer token belongs to, if the token is live. */
    public Optional<Account> forToken(String secret) {
        if (!secret.startsWith("bst_") || secret.length() > 100) {
            return Optional.empty();
        }
        return store.findByToken(Secrets.hash(secret), clock.instant());
    }

    /** The account with this name, if any. */
    public Optional<Account> find(String username) {
        return store.findByName(username);
    }

    /** True when the CSRF token sent with a form is the session's. */
    public static boolean sameToken(String expected, String sent) {
        return !expected.isEmpty() && Secrets.same(expected, sent);
    }

    /** A fresh random token, for the CSRF cookie of a browser that is not signed in. */
    public static String randomToken() {
        return Secrets.random();
    }
}
