package org.broadsheet.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.search.Search;
import org.broadsheet.store.ArticleStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Endpoints for machines rather than readers: the health check, Prometheus metrics and the web app manifest. */
final class SystemEndpoints {
    private static final Logger log = LoggerFactory.getLogger(SystemEndpoints.class);
    private static final String JSON = "application/json";

    private final ArticleStore articles;
    private final PrometheusMeterRegistry registry;
    private final byte[] manifest;
    private final byte @Nullable [] metricsToken;
    private final @Nullable Search search;
    private final StorageHealth storage;

    SystemEndpoints(WebServices services, PageTools tools, @Nullable String metricsToken, StorageHealth storage) {
        this.articles = services.articles();
        this.search = services.features().search();
        this.storage = storage;
        this.registry = services.metrics();
        this.manifest = manifest(tools.site());
        this.metricsToken = metricsToken == null ? null : metricsToken.strip().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code GET /healthz}: 503 {@code {"status":"unavailable"}} when the database does not answer; 200 {@code
     * {"status":"degraded","problems":[...]}} while it answers but a part is failing (a write failed for want of disk
     * space lately, the search index cannot be written to), since reads still work and a restart would not help; 200
     * {@code {"status":"ok"}} otherwise.
     */
    void health(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType(JSON);
        try {
            articles.count();
        } catch (RuntimeException e) {
            log.warn("Health check failed: the database did not answer", e);
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).result("{\"status\":\"unavailable\"}");
            return;
        }
        List<String> problems = new ArrayList<>();
        storage.problem().ifPresent(problems::add);
        if (search != null) {
            search.indexProblem().map(p -> "search index: " + p).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            ctx.result("{\"status\":\"ok\"}");
            return;
        }
        ObjectNode body = new ObjectMapper().createObjectNode().put("status", "degraded");
        problems.forEach(body.putArray("problems")::add);
        ctx.result(body.toString());
    }

    /**
     * {@code GET /metrics}: every meter in the Prometheus text format. With a metrics token it needs {@code
     * Authorization: Bearer TOKEN} (401 otherwise); without one it answers only a connection from the machine itself
     * that no proxy forwarded (403 otherwise), since the meters tell about the site's traffic and failures.
     */
    void metrics(Context ctx) {
        if (metricsToken != null) {
            String header = ctx.header("Authorization");
            byte[] sent = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
            if (!MessageDigest.isEqual(metricsToken, sent)) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new UnauthorizedResponse("Send the metrics token as 'Authorization: Bearer TOKEN'.");
            }
        } else if (!local(ctx)) {
            throw new ForbiddenResponse("Metrics answer only on the machine that runs this site, unless the server"
                    + " is started with --metrics-token.");
        }
        ctx.header("Cache-Control", "no-store")
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape());
    }

    private static boolean local(Context ctx) {
        try {
            // The servlet container gives an address literal, so this does not query DNS.
            return OperatorAccess.allows(InetAddress.getByName(ctx.req().getRemoteAddr()))
                    && !OperatorAccess.proxied(ctx::header);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code GET /manifest.webmanifest}: lets browsers install the site as an app. */
    void manifest(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=86400")
                .contentType("application/manifest+json")
                .result(manifest);
    }

    private static byte[] manifest(Site site) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode()
                .put("name", site.name())
                .put("short_name", site.name())
                .put("description", "The latest news from many publishers, in one place.")
                .put("start_url", "/")
                .put("scope", "/")
                .put("display", "standalone")
                .put("background_color", "#ffffff")
                .put("theme_color", "#b3261e");
        root.putArray("icons")
                .addObject()
                .put("src", "/static/logo.svg?v=" + site.assetVersion())
                .put("sizes", "any")
                .put("type", "image/svg+xml")
                .put("purpose", "any");
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }
}
