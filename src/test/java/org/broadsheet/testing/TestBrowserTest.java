package org.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class TestBrowserTest {
    private static HttpServer server;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> respond(exchange, """
                <!doctype html><title>Front page</title>
                <h1>Front page</h1><p><a id="story" href="/story">Read the story</a></p>"""));
        server.createContext("/story", exchange -> respond(exchange, """
                <!doctype html><title>Story</title>
                <h1 id="headline">Local server reached</h1><p>Rendered by Chromium.</p>"""));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        long started = System.nanoTime();
        browser = TestBrowser.chromium();
        System.out.printf(
                "Chromium started in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void opensLocalPageFollowsLinkAndReadsText() {
        browser.get(base + "/");
        assertThat(browser.getTitle()).isEqualTo("Front page");

        browser.findElement(By.id("story")).click();

        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/story");
        assertThat(browser.findElement(By.id("headline")).getText()).isEqualTo("Local server reached");
    }

    @Test
    void savesScreenshotAsPng(@TempDir Path folder) throws IOException {
        browser.get(base + "/");
        Path png = folder.resolve("shots/front.png");

        TestBrowser.screenshot(browser, png);

        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        assertThat(bytes.length).isGreaterThan(1000);
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
