package org.broadsheet.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.broadsheet.account.AppPasswords;
import org.broadsheet.store.Account;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Role;
import org.broadsheet.store.Source;
import org.broadsheet.web.WebFixture;

/**
 * A real server with two sources (World/Europe's "Alpine" with three articles, uncategorised "Bay" with one) and the
 * account alice with an app password, for the protocol tests.
 */
final class SyncFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct horse battery";

    final WebFixture web;
    final Account alice;
    final String appPassword;
    final Source alpine;
    final Source bay;
    final long a1;
    final long a2;
    final long a3;
    final long b1;

    SyncFixture(Path dir) {
        web = new WebFixture(dir);
        alice = web.accounts.create("alice", PASSWORD, Role.READER);
        appPassword = web.accounts.appPasswords().create(alice, "Reeder");
        alpine = web.db
                .sources()
                .add(NewSource.of("Alpine", URI.create("https://alpine.example/feed"))
                        .withHomepage(URI.create("https://alpine.example/"))
                        .withCategory("World/Europe"));
        bay = web.source("Bay", DisplayPolicy.FULL);
        a1 = web.article(alpine, "a1", "Avalanche warning", Duration.ofHours(3));
        a2 = web.article(alpine, "a2", "Pass reopens", Duration.ofHours(2));
        a3 = web.article(alpine, "a3", "Snow report", Duration.ofHours(1));
        b1 = web.article(bay, "b1", "Harbour news", Duration.ofMinutes(150));
    }

    String feverKey() {
        return AppPasswords.feverKey("alice", appPassword);
    }

    /** POSTs a form to a path, with no cookie and no CSRF token, as a reader app does. */
    HttpResponse<String> post(String path, String form, String... headers) throws IOException, InterruptedException {
        return web.browser().postRaw(path, form, headers);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(web.uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return web.browser().send(request.build());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        web.close();
    }
}
