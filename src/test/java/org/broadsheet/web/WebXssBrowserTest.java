package org.broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.store.Account;
import org.broadsheet.store.Comment;
import org.broadsheet.store.CommentStatus;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.NewComment;
import org.broadsheet.store.Role;
import org.broadsheet.store.Source;
import org.broadsheet.testing.TestBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * Stored XSS in a real Chromium: every payload of {@code xss-payloads.txt} is stored as a comment body, a username and
 * a report reason; then the pages that show them must open no dialog and contain no element the payloads inject.
 */
class WebXssBrowserTest {
    static final String PASSWORD = "correct horse battery";
    /** Elements and attributes none of the pages' comment areas has of its own. */
    static final String INJECTED =
            "script:not([src^='/static/']), iframe, object, embed, svg, math, details:not(.reply), style,"
                    + " link:not([rel=stylesheet]):not([rel=icon]):not([rel=manifest]):not([rel=canonical]),"
                    + " meta[http-equiv], input[type=image], bgsound, [background], [dynsrc]";

    @TempDir
    static Path dir;

    static WebFixture site;
    static WebDriver browser;
    static List<String> payloads;
    static long article;

    @BeforeAll
    static void start() throws IOException {
        site = new WebFixture(
                dir,
                WebSettings.defaults(),
                CommentSettings.defaults().withHeldFirst(0).withPageSize(100),
                null);
        Source planet = site.source("Daily Planet", DisplayPolicy.FULL);
        article = site.article(planet, "g1", "Harbour reopens", Duration.ofHours(1));
        payloads = payloads();
        Account boss = site.accounts.create("boss", PASSWORD, Role.ADMIN);
        Instant now = Instant.now();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            // Straight into the store: the sign-up form refuses such names, but the pages must be safe regardless.
            Account author = site.db.accounts().create("u" + i + p, "x", Role.READER, now);
            Comment c = site.db
                    .comments()
                    .add(new NewComment(
                            article,
                            author.id(),
                            null,
                            p,
                            "h" + i,
                            CommentStatus.VISIBLE,
                            null,
                            "10.0.0.1",
                            now.minusSeconds(payloads.size() - i)));
            site.db.comments().report(c.id(), boss.id(), p, now);
            site.db.moderation().audit(now, boss.id(), "boss", "account.ban", "account", author.id(), p);
        }
        browser = TestBrowser.chromium();
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    static List<String> payloads() throws IOException {
        try (InputStream in = WebXssBrowserTest.class.getResourceAsStream("/web/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }

    void open(String path) {
        browser.get(site.uri(path).toString());
    }

    void assertNothingRan(String area) {
        assertThatThrownBy(() -> browser.switchTo().alert())
                .as("a dialog opened")
                .isInstanceOf(NoAlertPresentException.class);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Long injected = (Long) js.executeScript(
                "return document.querySelectorAll(arguments[0]).length;", area + " :is(" + INJECTED + ")");
        assertThat(injected)
                .as("injected elements in " + area + " of " + browser.getCurrentUrl())
                .isZero();
        Long handlers = (Long) js.executeScript("let n = 0; for (const e of document.querySelectorAll('*'))"
                + " for (const a of e.attributes) if (a.name.toLowerCase().startsWith('on')) n++; return n;");
        assertThat(handlers)
                .as("event-handler attributes on " + browser.getCurrentUrl())
                .isZero();
        Long jsLinks = (Long) js.executeScript("return [...document.querySelectorAll('[href],[src]')].filter(e =>"
                + " /^\\s*(javascript|data):/i.test(e.getAttribute('href') || e.getAttribute('src'))).length;");
        assertThat(jsLinks).as("javascript: or data: addresses").isZero();
    }

    @Test
    void payloadsInCommentsUsernamesAndReportReasonsNeverExecute() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("boss");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        assertThat(browser.findElement(By.className("account-link")).getText()).isEqualTo("boss");

        open("/articles/" + article);
        assertThat(browser.findElements(By.cssSelector("#comments .comment-body")))
                .hasSize(payloads.size());
        assertThat(browser.findElement(By.cssSelector("#comments .comment-body"))
                        .getText())
                .isEqualTo(payloads.getFirst());
        assertNothingRan("#comments");

        open("/admin/moderation");
        assertThat(browser.findElements(By.cssSelector(".queued"))).hasSize(payloads.size());
        assertNothingRan("main");

        open("/admin/users");
        assertNothingRan("main");

        open("/admin/audit");
        assertNothingRan("main");

        open("/api/v1/articles/" + article + "/comments");
        assertNothingRan("body");
    }
}
