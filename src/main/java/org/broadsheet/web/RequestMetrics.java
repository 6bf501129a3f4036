package org.broadsheet.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Times every request into {@code http.server.requests}, tagged with the method, the route template (such as
 * {@code /articles/{id}}, never the raw path, so that the number of series stays small) and the status.
 */
final class RequestMetrics {
    private record Key(String method, String route, int status) {}

    private final MeterRegistry registry;
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one request; the signature is Javalin's request logger's. */
    void record(Context ctx, Float executionMillis) {
        Key key = new Key(ctx.method().name(), route(ctx), ctx.statusCode());
        Timer timer = timers.computeIfAbsent(
                key,
                k -> Timer.builder("http.server.requests")
                        .description("Time to answer HTTP requests")
                        .tag("method", k.method())
                        .tag("route", k.route())
                        .tag("status", Integer.toString(k.status()))
                        .publishPercentileHistogram()
                        .register(registry));
        timer.record((long) (executionMillis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    private static String route(Context ctx) {
        Endpoint endpoint = matched(ctx);
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/static/") ? "/static/*" : "unmatched";
    }

    private static @Nullable Endpoint matched(Context ctx) {
        try {
            return ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException e) {
            return null; // no endpoint matched (a 404 or a static file)
        }
    }
}
