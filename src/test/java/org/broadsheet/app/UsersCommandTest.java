package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
}
