package org.broadsheet.sanitize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Hostile markup inside embeds, sanitised and shown in a real Chromium: no dialog opens, no element or handler is
 * injected, and the reader sees the fallback text, markup included, as text.
 */
class EmbedFallbackBrowserTest {
    /** Payload, then the text Chromium must show for its sanitised form. */
    static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("safe<iframe src=\"javascript:alert(1)\"> <b>description</b></iframe>", "safe description");
        CASES.put("<iframe>&lt;script&gt;alert(1)&lt;/script&gt;</iframe>", "<script>alert(1)</script>");
        CASES.put("<iframe><img src=x onerror=alert(1)><svg onload=alert(2)>Watch</svg></iframe>", "Watch");
        CASES.put(
                "<object data=\"javascript:alert(1)\"><param name=src value=\"javascript:alert(1)\">"
                        + "<a href=\"javascript:alert(1)\">the clip</a>&lt;img src=x onerror=alert(1)&gt;</object>",
                "the clip<img src=x onerror=alert(1)>");
        CASES.put("<noembed><p title=\"</noembed><img src=x onerror=alert(1)>\"></noembed>", "\">");
        CASES.put("<applet code=x><script>alert(1)</script>no applet</applet>", "no applet");
        CASES.put("<object><template><img src=x onerror=alert(1)></template>ok</object>", "ok");
    }

    /** What none of the cases may leave behind (the breakout case leaves a harmless {@code <img src=x>}). */
    static final String EMBEDDED_OR_ACTIVE = "script, iframe, frame, object, embed, applet, param, noembed, noframes,"
            + " template, svg, math, style, form, input, button, a, p[title]";

    @TempDir
    static Path dir;

    static WebDriver browser;

    @BeforeAll
    static void start() {
        browser = TestBrowser.chromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void embedsHoldingHostileMarkupShowOnlyInertText() throws IOException {
        StringBuilder page = new StringBuilder("<!doctype html><meta charset=utf-8><title>t</title><body>");
        int i = 0;
        for (String payload : CASES.keySet()) {
            page.append("<div class=case id=c")
                    .append(i++)
                    .append('>')
                    .append(HtmlSanitizer.sanitize(payload, null))
                    .append("</div>\n");
        }
        Path file = dir.resolve("embeds.html");
        Files.writeString(file, page);

        browser.get(file.toUri().toString());

        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Long injected = (Long)
                js.executeScript("return document.querySelectorAll('.case :is(" + EMBEDDED_OR_ACTIVE + ")').length;");
        assertThat(injected)
                .as("embeds or active elements inside the sanitised cases")
                .isZero();
        Long handlers = (Long) js.executeScript("let n = 0; for (const e of document.querySelectorAll('*'))"
                + " for (const a of e.attributes) if (a.name.toLowerCase().startsWith('on')) n++; return n;");
        assertThat(handlers).as("event-handler attributes").isZero();
        i = 0;
        for (String expected : CASES.values()) {
            assertThat(browser.findElement(By.id("c" + i++)).getText()).isEqualTo(expected);
        }
    }
}
