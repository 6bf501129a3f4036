package org.broadsheet.sync;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.broadsheet.account.AppPasswords;
import org.broadsheet.store.AppPasswordUse;

/**
 * Who is asking, for the Google Reader API: ClientLogin with an app password, the {@code GoogleLogin auth=} token
 * every call carries, the edit token {@code T} derived from it, and the rate limit per app password.
 */
final class ReaderSession {
    private final AppPasswords passwords;
    private final RateLimiter limiter;

    ReaderSession(AppPasswords passwords, RateLimiter limiter) {
        this.passwords = passwords;
        this.limiter = limiter;
    }

    /** {@code POST /accounts/ClientLogin}: {@code Email} (the account's name) and {@code Passwd} (an app password). */
    void clientLogin(Context ctx) {
        String name = Objects.requireNonNullElse(SyncRequests.param(ctx, "Email"), "");
        String secret = Objects.requireNonNullElse(SyncRequests.param(ctx, "Passwd"), "");
        Optional<AppPasswordUse> use = passwords.logIn(name.strip(), secret.strip());
        if (use.isEmpty()) {
            SyncRequests.text(ctx, 401, "Error=BadAuthentication\n");
            return;
        }
        if (!withinRate(ctx, use.get())) {
            return;
        }
        String token = AppPasswords.readerToken(secret.strip());
        if ("json".equals(ctx.queryParam("output"))) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("SID", token);
            body.put("LSID", token);
            body.put("Auth", token);
            SyncJson.write(ctx, 200, body);
            return;
        }
        SyncRequests.text(ctx, 200, "SID=" + token + "\nLSID=" + token + "\nAuth=" + token + "\n");
    }

    /** {@code GET /reader/api/0/token}: the edit token {@code T}. */
    void token(Context ctx) {
        if (signedIn(ctx).isPresent()) {
            SyncRequests.text(ctx, 200, editToken(SyncRequests.authToken(ctx)) + "\n");
        }
    }

    /** The signed-in app password, within its rate; otherwise the 401 or 429 is already answered. */
    Optional<AppPasswordUse> signedIn(Context ctx) {
        String token = SyncRequests.authToken(ctx);
        Optional<AppPasswordUse> use = token.isEmpty() ? Optional.empty() : passwords.forReaderToken(token);
        if (use.isEmpty()) {
            ctx.header("WWW-Authenticate", "GoogleLogin");
            SyncRequests.text(ctx, 401, "Unauthorized");
            return Optional.empty();
        }
        return withinRate(ctx, use.get()) ? use : Optional.empty();
    }

    private boolean withinRate(Context ctx, AppPasswordUse use) {
        if (limiter.tryAcquire(use.appPasswordId())) {
            return true;
        }
        ctx.header("Retry-After", "60");
        SyncRequests.text(ctx, 429, "Too many requests for this app password; try again in a minute.");
        return false;
    }

    /** The edit token for an Auth token: derived from it, so it lives and dies with the app password. */
    static String editToken(String authToken) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(("edit:" + authToken).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 57);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A sent {@code T} must be this Auth token's; a wrong one is a 401 with the header clients look for. */
    boolean editTokenOk(Context ctx) {
        String sent = SyncRequests.param(ctx, "T");
        if (sent == null
                || sent.isBlank()
                || editToken(SyncRequests.authToken(ctx)).equals(sent.strip())) {
            return true;
        }
        ctx.header("X-Reader-Google-Bad-Token", "true");
        SyncRequests.text(ctx, 401, "Unauthorized");
        return false;
    }
}
