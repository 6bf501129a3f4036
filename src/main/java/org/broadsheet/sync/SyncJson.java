package org.broadsheet.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Writes the sync APIs' JSON answers, which are maps in the field order the protocols document. */
final class SyncJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SyncJson() {}

    static void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status)
                    .header("Cache-Control", "no-store")
                    .contentType("application/json; charset=utf-8")
                    .result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a sync answer as JSON", e);
        }
    }
}
