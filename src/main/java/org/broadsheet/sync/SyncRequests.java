package org.broadsheet.sync;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a sync request is read (a field from the query string or the form body, which clients use interchangeably;
 * lenient numbers) and a plain answer written, for both protocols.
 */
final class SyncRequests {
    private SyncRequests() {}

    static @Nullable String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null && ctx.method().name().equals("POST")) {
            value = ctx.formParam(name);
        }
        return value;
    }

    static List<String> params(Context ctx, String name) {
        List<String> values = new ArrayList<>(ctx.queryParams(name));
        if (ctx.method().name().equals("POST")) {
            values.addAll(ctx.formParams(name));
        }
        return values;
    }

    static long number(@Nullable String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
    }

    static void text(Context ctx, int status, String body) {
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType("text/plain; charset=utf-8")
                .result(body);
    }

    /** The token of {@code Authorization: GoogleLogin auth=TOKEN}, or "". */
    static String authToken(Context ctx) {
        String header = ctx.header("Authorization");
        String prefix = "GoogleLogin auth=";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return "";
        }
        return header.substring(prefix.length()).strip();
    }
}
