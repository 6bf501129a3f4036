package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.broadsheet.store.Database;
import org.broadsheet.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {
    @TempDir
    Path dir;

    CliRun withStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void addsTheFirstAdminWithAPasswordFromStandardInputAndAuditsIt() {
        CliRun added = withStdin(
                "a long admin passphrase\n",
                "users",
                "add",
                "boss",
                "--admin",
                "--password-stdin",
                "--data",
                dir.toString());

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added boss (admin).");
        try (Database db = Database.open(Database.sqliteUrl(dir))) {
            assertThat(db.accounts().findByName("boss").orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(db.accounts()
                            .passwordHash(db.accounts()
                                    .findByName("boss")
                                    .orElseThrow()
                                    .id()))
                    .startsWith("$argon2id$");
            assertThat(db.moderation().auditLog(5).getFirst().actorName()).isEqualTo("command line");
        }
        assertThat(CliRun.of("users", "list", "--data", dir.toString()).out()).contains("boss\tadmin");
    }

    @Test
    void refusesACommonPasswordWithItsReasonCode() {
        CliRun refused = withStdin(
                "password123\n", "users", "add", "boss", "--admin", "--password-stdin", "--data", dir.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("PASSWORD_TOO_COMMON");
    }

    @Test
    void setPasswordLogsOutEverywhereAndRevokesApiTokens() {
        assertThat(withStdin(
                                "a long admin passphrase\n",
                                "users",
                                "add",
                                "boss",
                                "--password-stdin",
                                "--data",
                                dir.toString())
                        .exitCode())
                .isZero();
        String tokenHash;
        try (Database db = Database.open(Database.sqliteUrl(dir))) {
            long id = db.accounts().findByName("boss").orElseThrow().id();
            tokenHash = "hash-of-a-token";
            db.accounts().createToken(id, "bot", tokenHash, Instant.now());
            db.accounts()
                    .createSession(
                            "hash-of-a-session",
                            id,
                            "csrf",
                            Instant.now(),
                            Instant.now().plusSeconds(3600));
        }

        CliRun set = withStdin(
                "another long passphrase\n",
                "users",
                "set-password",
                "boss",
                "--password-stdin",
                "--data",
                dir.toString());

        assertThat(set.exitCode()).as(set.err()).isZero();
        try (Database db = Database.open(Database.sqliteUrl(dir))) {
            assertThat(db.accounts().findByToken(tokenHash, Instant.now())).isEmpty();
            assertThat(db.accounts().findSession("hash-of-a-session", Instant.now()))
                    .isEmpty();
        }
        assertThat(CliRun.of("users", "set-password", "--help").out()).contains("revokes its API tokens");
    }
}
