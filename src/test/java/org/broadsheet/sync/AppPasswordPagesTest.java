package org.broadsheet.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.broadsheet.account.AppPasswords;
import org.broadsheet.web.WebFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** App passwords on the account page: created and shown once, listed, revoked at once; revoked with the password. */
class AppPasswordPagesTest {
    @TempDir
    Path dir;

    SyncFixture f;
    WebFixture.Browser alice;

    @BeforeEach
    void start() throws Exception {
        f = new SyncFixture(dir);
        alice = f.web.browser();
        alice.logIn("alice", SyncFixture.PASSWORD);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private int fever(String secret) throws Exception {
        return SyncFixture.json(f.post("/fever/?api", "api_key=" + AppPasswords.feverKey("alice", secret)))
                .get("auth")
                .asInt();
    }

    @Test
    void createdShownOnceListedAndRevoked() throws Exception {
        HttpResponse<String> created = alice.post("/account/app-passwords", "label=NetNewsWire");
        assertThat(created.statusCode()).isEqualTo(201);
        String secret = Jsoup.parse(created.body())
                .select("p.notice:contains(app password) code.token")
                .text();
        assertThat(secret).isNotEmpty();
        assertThat(fever(secret)).isEqualTo(1);
        String page = alice.get("/account").body();
        assertThat(page).contains("NetNewsWire").contains("Reeder").doesNotContain(secret);

        assertThat(alice.post("/account/app-passwords", "label=").statusCode()).isEqualTo(400);

        long id = f.web.accounts.appPasswords().list(f.alice).getFirst().id();
        HttpResponse<String> revoked = alice.post("/account/app-passwords/" + id + "/revoke", "");
        assertThat(revoked.statusCode()).isEqualTo(303);
        assertThat(fever(secret)).isZero();
        assertThat(fever(f.appPassword)).isEqualTo(1);
    }

    @Test
    void changingThePasswordRevokesEveryAppPassword() throws Exception {
        assertThat(fever(f.appPassword)).isEqualTo(1);
        HttpResponse<String> changed = alice.post(
                "/account/password",
                "current=" + WebFixture.enc(SyncFixture.PASSWORD) + "&password=" + WebFixture.enc("a new long phrase"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(fever(f.appPassword)).isZero();
        assertThat(f.web.accounts.appPasswords().list(f.alice)).isEmpty();
    }

    @Test
    void theMainPasswordNeverOpensTheSyncApis() throws Exception {
        assertThat(fever(SyncFixture.PASSWORD)).isZero();
        assertThat(f.post("/accounts/ClientLogin", "Email=alice&Passwd=" + WebFixture.enc(SyncFixture.PASSWORD))
                        .statusCode())
                .isEqualTo(401);
    }
}
