package org.broadsheet.api;

import io.javalin.http.Context;

/** Writes API errors as {@code {"error": {"code": "NOT_FOUND", "message": "..."}}}. */
public final class ApiErrors {
    private ApiErrors() {}

    /** The body of every API error. */
    public record ErrorBody(Detail error) {}

    /** A stable code clients can branch on, and a message people can read. */
    public record Detail(String code, String message) {}

    /** True for paths answered by the JSON API, whose errors are JSON too. */
    public static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Answers {@code ctx} with status {@code status} and the error body for it. */
    public static void write(Context ctx, int status, String message) {
        write(ctx, status, code(status), message);
    }

    /** Answers {@code ctx} with status {@code status} and an error body with a more specific {@code code}. */
    public static void write(Context ctx, int status, String code, String message) {
        ctx.status(status).contentType(Json.CONTENT_TYPE).result(Json.bytes(new ErrorBody(new Detail(code, message))));
    }

    /**
     * "NOT_FOUND" for 404, "UNAUTHORIZED" for 401, "FORBIDDEN" for 403, "METHOD_NOT_ALLOWED" for 405, "RATE_LIMITED"
     * for 429, "INTERNAL" for 5xx, "BAD_REQUEST" for any other client error.
     */
    static String code(int status) {
        return switch (status) {
            case 404 -> "NOT_FOUND";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 429 -> "RATE_LIMITED";
            default -> status >= 500 ? "INTERNAL" : "BAD_REQUEST";
        };
    }
}
