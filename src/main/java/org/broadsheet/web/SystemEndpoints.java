package org.broadsheet.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.broadsheet.store.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Endpoints for machines rather than readers: the health check, Prometheus metrics and the web app manifest. */
final class SystemEndpoints {
    private static final Logger log = LoggerFactory.getLogger(SystemEndpoints.class);
    private static final String JSON = "application/json";

    private final ArticleStore articles;
    private final PrometheusMeterRegistry registry;
    private final byte[] manifest;

    SystemEndpoints(WebServices services, PageTools tools) {
        this.articles = services.articles();
        this.registry = services.metrics();
        this.manifest = manifest(tools.site());
    }

    /** {@code GET /healthz}: 200 {@code {"status":"ok"}} when the database answers, 503 otherwise. */
    void health(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType(JSON);
        try {
            articles.count();
            ctx.result("{\"status\":\"ok\"}");
        } catch (RuntimeException e) {
            log.warn("Health check failed: the database did not answer", e);
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).result("{\"status\":\"unavailable\"}");
        }
    }

    /** {@code GET /metrics}: every meter in the Prometheus text format. */
    void metrics(Context ctx) {
        ctx.header("Cache-Control", "no-store")
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape());
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
