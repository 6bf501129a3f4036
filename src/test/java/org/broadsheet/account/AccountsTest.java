package org.broadsheet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.broadsheet.store.Account;
import org.broadsheet.store.Database;
import org.broadsheet.store.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
    static final String GOOD = "correct horse battery";

    @TempDir
    Path dir;

    Database db;
    Accounts accounts;

    @BeforeEach
    void open() {
        db = Database.open(Database.sqliteUrl(dir));
        accounts = new Accounts(
                db.accounts(),
                AccountSettings.defaults()
                        .withArgon2(Argon2Settings.FAST_FOR_TESTS)
                        .withDelays(Duration.ofMillis(1), Duration.ofMillis(2)),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    AccountProblem problemOf(Runnable action) {
        try {
            action.run();
        } catch (AccountException e) {
            return e.problem();
        }
        throw new AssertionError("no AccountException");
    }

    @Test
    void refusesShortCommonAndSelfNamedPasswordsAndBadNames() {
        assertThat(problemOf(() -> accounts.signUp("ada", "short"))).isEqualTo(AccountProblem.PASSWORD_TOO_SHORT);
        assertThat(problemOf(() -> accounts.signUp("ada", "qwertyuiop"))).isEqualTo(AccountProblem.PASSWORD_TOO_COMMON);
        assertThat(problemOf(() -> accounts.signUp("ada", "PASSWORD123")))
                .isEqualTo(AccountProblem.PASSWORD_TOO_COMMON);
        assertThat(problemOf(() -> accounts.signUp("adalovelace", "AdaLovelace")))
                .isEqualTo(AccountProblem.PASSWORD_IS_USERNAME);
        assertThat(problemOf(() -> accounts.signUp("<script>", GOOD))).isEqualTo(AccountProblem.USERNAME_INVALID);
        assertThat(problemOf(() -> accounts.signUp("a", GOOD))).isEqualTo(AccountProblem.USERNAME_INVALID);
        accounts.signUp("ada", GOOD);
        assertThat(problemOf(() -> accounts.signUp("ADA", GOOD))).isEqualTo(AccountProblem.USERNAME_TAKEN);
    }

    @Test
    void namesAreStoredInPlainFormAndLookAlikesOfTakenNamesAreRefused() throws Exception {
        accounts.signUp("alice", GOOD);
        accounts.signUp("admin1", GOOD);
        try (var sql = java.sql.DriverManager.getConnection(Database.sqliteUrl(dir))) {
            // as an account made before names had skeletons
            sql.createStatement().executeUpdate("UPDATE account SET username_skeleton = NULL");
        }

        assertThat(problemOf(() -> accounts.signUp("аlice", GOOD))).isEqualTo(AccountProblem.USERNAME_LOOKS_TAKEN);
        assertThat(problemOf(() -> accounts.signUp("admın1", GOOD))).isEqualTo(AccountProblem.USERNAME_LOOKS_TAKEN);
        assertThat(problemOf(() -> accounts.signUp("ａｌｉｃｅ", GOOD))).isEqualTo(AccountProblem.USERNAME_TAKEN);
        try {
            accounts.signUp("аlice", GOOD);
        } catch (AccountException e) {
            assertThat(e.getMessage()).contains("looks like alice");
        }
        assertThat(accounts.signUp("ｂｏｂ", GOOD).username()).isEqualTo("bob");
        assertThat(accounts.logIn("ＡＬＩＣＥ", GOOD, "10.0.0.1").account().username())
                .isEqualTo("alice");
    }

    @Test
    void bundledListHoldsThirtyThousandPasswords() {
        CommonPasswords list = CommonPasswords.bundled();
        assertThat(list.size()).isGreaterThan(29_000);
        assertThat(list.contains("1234567890")).isTrue();
        assertThat(list.contains(GOOD)).isFalse();
    }

    @Test
    void storesArgon2idHashesThatVerifyOnlyTheRightPassword() {
        Account ada = accounts.signUp("ada", GOOD);
        String hash = db.accounts().passwordHash(ada.id());

        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").doesNotContain(GOOD);
        PasswordHasher hasher = new PasswordHasher(Argon2Settings.FAST_FOR_TESTS);
        assertThat(hasher.verify(GOOD, hash)).isTrue();
        assertThat(hasher.verify(GOOD + "!", hash)).isFalse();
        assertThat(hasher.hash(GOOD)).isNotEqualTo(hash);
    }

    @Test
    void eachLogInOpensAFreshSessionAndLogOutEndsIt() {
        accounts.signUp("ada", GOOD);
        NewSession first = accounts.logIn("ada", GOOD, "10.0.0.1");
        NewSession second = accounts.logIn("ADA", GOOD, "10.0.0.1");

        assertThat(first.cookieValue()).isNotEqualTo(second.cookieValue());
        assertThat(first.csrf()).isNotEqualTo(second.csrf());
        assertThat(accounts.session(first.cookieValue())).isPresent();
        accounts.logOut(first.cookieValue());
        assertThat(accounts.session(first.cookieValue())).isEmpty();
        assertThat(accounts.session(second.cookieValue())).isPresent();
        assertThat(accounts.logOutEverywhere(second.account().id())).isEqualTo(1);
        assertThat(accounts.session(second.cookieValue())).isEmpty();
    }

    @Test
    void tenFailuresFromOneAddressLockTheNameThereOnly() {
        accounts.signUp("ada", GOOD);
        accounts.signUp("bob", GOOD);
        for (int i = 0; i < 10; i++) {
            assertThat(problemOf(() -> accounts.logIn("ada", "wrong password", "10.0.0.1")))
                    .isEqualTo(AccountProblem.WRONG_CREDENTIALS);
        }
        // The attacker's address may not try ada again, even with the right password...
        assertThat(problemOf(() -> accounts.logIn("ada", GOOD, "10.0.0.1")))
                .isEqualTo(AccountProblem.TOO_MANY_ATTEMPTS);
        // ...but ada is not locked out from anywhere else, and the address may still sign in as someone else.
        assertThat(accounts.logIn("ada", GOOD, "10.0.0.2").account().username()).isEqualTo("ada");
        assertThat(accounts.logIn("bob", GOOD, "10.0.0.1").account().username()).isEqualTo("bob");
    }

    @Test
    void failuresFromManyAddressesSlowANameDownButNeverLockIt() {
        Account admin = accounts.create("admin", GOOD, Role.ADMIN);
        accounts.logIn("admin", GOOD, "192.0.2.10"); // where the admin signs in from
        for (int i = 0; i < 50; i++) {
            String address = "198.51.100." + i;
            assertThat(problemOf(() -> accounts.logIn("admin", "wrong password", address)))
                    .isEqualTo(AccountProblem.WRONG_CREDENTIALS);
        }

        // From an address the account has signed in from before, no wait; from a new one, the longest wait.
        assertThat(accounts.loginDelay("admin", "192.0.2.10")).isZero();
        assertThat(accounts.loginDelay("admin", "203.0.113.5")).isEqualTo(Duration.ofMillis(2));
        assertThat(accounts.logIn("admin", GOOD, "192.0.2.10").account().id()).isEqualTo(admin.id());
        assertThat(accounts.logIn("admin", GOOD, "203.0.113.5").account().id()).isEqualTo(admin.id());
    }

    @Test
    void oneAddressFailingForManyNamesIsRefusedForEveryName() {
        accounts.signUp("ada", GOOD);
        for (int i = 0; i < 30; i++) {
            String name = "guess" + i;
            assertThat(problemOf(() -> accounts.logIn(name, "wrong password", "10.0.0.9")))
                    .isEqualTo(AccountProblem.WRONG_CREDENTIALS);
        }
        assertThat(problemOf(() -> accounts.logIn("ada", GOOD, "10.0.0.9")))
                .isEqualTo(AccountProblem.TOO_MANY_ATTEMPTS);
        assertThat(accounts.logIn("ada", GOOD, "10.0.0.10")).isNotNull();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        accounts.signUp("ada", GOOD);
        for (int i = 0; i < 10; i++) {
            String address = "2001:db8:1:2::" + Integer.toHexString(i + 1);
            assertThat(problemOf(() -> accounts.logIn("ada", "wrong password", address)))
                    .isEqualTo(AccountProblem.WRONG_CREDENTIALS);
        }
        assertThat(problemOf(() -> accounts.logIn("ada", GOOD, "2001:db8:1:2:ffff::1")))
                .isEqualTo(AccountProblem.TOO_MANY_ATTEMPTS);
        assertThat(accounts.logIn("ada", GOOD, "2001:db8:1:3::1")).isNotNull();
    }

    @Test
    void delaysGrowAfterThreeFailuresUpToTheCap() {
        AccountSettings s = AccountSettings.defaults();
        assertThat(s.delayAfter(2)).isZero();
        assertThat(s.delayAfter(3)).isEqualTo(Duration.ofMillis(250));
        assertThat(s.delayAfter(4)).isEqualTo(Duration.ofMillis(500));
        assertThat(s.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.delayAfter(9)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void changingThePasswordNeedsTheOldOneAndEndsOtherSessions() {
        accounts.signUp("ada", GOOD);
        NewSession elsewhere = accounts.logIn("ada", GOOD, "10.0.0.1");
        Account ada = elsewhere.account();

        assertThat(problemOf(() -> accounts.changePassword(ada, "not it at all", "a new long passphrase")))
                .isEqualTo(AccountProblem.WRONG_CURRENT_PASSWORD);
        NewSession renewed = accounts.changePassword(ada, GOOD, "a new long passphrase");

        assertThat(accounts.session(elsewhere.cookieValue())).isEmpty();
        assertThat(accounts.session(renewed.cookieValue())).isPresent();
        assertThat(accounts.logIn("ada", "a new long passphrase", "10.0.0.1")).isNotNull();
    }

    @Test
    void tokensAreShownOnceStoredHashedAndRevocable() {
        Account ada = accounts.create("ada", GOOD, Role.MODERATOR);
        String secret = accounts.createToken(ada, "my app");

        assertThat(secret).startsWith("bst_");
        assertThat(accounts.forToken(secret)).map(Account::username).contains("ada");
        assertThat(accounts.forToken(secret + "x")).isEmpty();
        accounts.revokeToken(ada, accounts.tokens(ada).getFirst().id());
        assertThat(accounts.forToken(secret)).isEmpty();
        assertThatThrownBy(() -> accounts.createToken(ada, " ")).isInstanceOf(AccountException.class);
    }
}
