package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.broadsheet.account.AppPasswords;
import org.broadsheet.store.Account;
import org.broadsheet.store.Database;
import org.broadsheet.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet users app-password NAME [--label L]}: prints a new app password once and stores it hashed. */
class UsersAppPasswordCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsANewAppPasswordThatOpensTheSyncApisAndIsStoredOnlyHashed() {
        Account ada;
        try (Database db = Database.open(Database.sqliteUrl(dir))) {
            ada = db.accounts().create("ada", "$argon2id$fake", Role.READER, Instant.now());
        }
        CliRun run = CliRun.of("users", "app-password", "ada", "--label", "Reeder", "--data", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String secret = run.out().strip();
        assertThat(secret).matches("[a-z2-9]{4}(-[a-z2-9]{4}){5}");
        assertThat(run.err()).contains("Reeder").contains("only this once");

        try (Database db = Database.open(Database.sqliteUrl(dir))) {
            assertThat(db.accounts().appPasswords().list(ada.id()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.label()).isEqualTo("Reeder"));
            assertThat(db.accounts().appPasswords().findByFeverKey(AppPasswords.feverKey("ada", secret), Instant.now()))
                    .isPresent();
        }

        CliRun unknown = CliRun.of("users", "app-password", "nobody", "--data", dir.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no account named nobody");
    }
}
