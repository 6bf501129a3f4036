package org.broadsheet.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.broadsheet.store.ArticleCursor;
import org.jspecify.annotations.Nullable;

/** Reads ids and cursors from page requests; a malformed query is a 400, a malformed path id a 404. */
final class Params {
    private Params() {}

    /** The path parameter {@code name} as a positive id; anything else names no page, so it is a 404. */
    static long pathId(Context ctx, String name) {
        Long id = positiveLong(ctx.pathParam(name));
        if (id == null) {
            throw new NotFoundResponse("There is no page at this address.");
        }
        return id;
    }

    /** The query parameter {@code name} as a positive id, or null when it is absent or empty. */
    static @Nullable Long queryId(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = positiveLong(value.strip());
        if (id == null) {
            throw new BadRequestResponse("'" + name + "' must be a positive number.");
        }
        return id;
    }

    /** The {@code after} cursor, or null when it is absent. */
    static @Nullable ArticleCursor after(Context ctx) {
        String token = ctx.queryParam("after");
        if (token == null || token.isBlank()) {
            return null;
        }
        return ArticleCursor.parse(token.strip())
                .orElseThrow(() -> new BadRequestResponse("'after' is not a valid page marker."));
    }

    static @Nullable Long positiveLong(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        long value = Long.parseLong(text);
        return value > 0 ? value : null;
    }
}
