package org.broadsheet.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.broadsheet.account.AppPasswords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limit per app password over HTTP: a server with a bucket of two requests and no refill answers the third 429,
 * for both protocols, while another app password of the same account still gets through.
 */
class SyncRateLimitTest {
    @TempDir
    Path dir;

    @Test
    void theThirdRequestOfAnAppPasswordIs429AndAnotherPasswordIsNotHeldUp() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            RateLimiter limiter = new RateLimiter(2, 1e-9, System::nanoTime);
            var passwords = f.web.accounts.appPasswords();
            FeverApi fever = new FeverApi(
                    f.web.db.sources(), f.web.db.articles(), f.web.db.reading(), passwords, limiter, Clock.systemUTC());
            GoogleReaderApi reader = new GoogleReaderApi(
                    f.web.db.sources(), f.web.db.articles(), f.web.db.reading(), passwords, limiter, Clock.systemUTC());
            String other = passwords.create(f.alice, "Other app");
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.host = "127.0.0.1";
                config.jetty.port = 0;
                config.routes.post("/fever/", fever::handle);
                config.routes.get("/reader/api/0/user-info", reader::userInfo);
            });
            app.start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                URI feverUri = URI.create("http://127.0.0.1:" + app.port() + "/fever/?api");
                int[] statuses = new int[3];
                for (int i = 0; i < 3; i++) {
                    statuses[i] = client.send(
                                    HttpRequest.newBuilder(feverUri)
                                            .header("Content-Type", "application/x-www-form-urlencoded")
                                            .POST(HttpRequest.BodyPublishers.ofString("api_key=" + f.feverKey()))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                }
                assertThat(statuses).containsExactly(200, 200, 429);

                HttpResponse<String> reader429 = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/reader/api/0/user-info"))
                                .header("Authorization", "GoogleLogin auth=" + AppPasswords.readerToken(f.appPassword))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(reader429.statusCode()).isEqualTo(429);
                assertThat(reader429.headers().firstValue("Retry-After")).isPresent();

                HttpResponse<String> otherOk = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/reader/api/0/user-info"))
                                .header("Authorization", "GoogleLogin auth=" + AppPasswords.readerToken(other))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(otherOk.statusCode()).isEqualTo(200);
            } finally {
                app.stop();
            }
        }
    }
}
