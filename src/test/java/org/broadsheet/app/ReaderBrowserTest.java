package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.testing.TestBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A reader in headless Chromium opens the home page, clicks into an article and reads it. */
class ReaderBrowserTest {
    @TempDir
    Path dir;

    @Test
    void readerOpensHomeAndClicksIntoAnArticle() throws Exception {
        WebDriver browser = TestBrowser.chromium();
        try (RunningDemo running = new RunningDemo(dir)) {
            // The newest article shown in full; excerpt-only outlets are checked by the end-to-end test.
            Article newest = running.app.database().articles().list(ArticleQuery.latest(20)).stream()
                    .filter(a -> running.app
                                    .database()
                                    .sources()
                                    .expect(a.sourceId())
                                    .display()
                            == DisplayPolicy.FULL)
                    .findFirst()
                    .orElseThrow();
            String outlet =
                    running.app.database().sources().expect(newest.sourceId()).name();

            browser.get(running.site("/").toString());
            assertThat(browser.getTitle()).contains("Broadsheet");
            WebElement link = browser.findElement(By.cssSelector("a[href='/articles/" + newest.id() + "']"));
            assertThat(link.getText()).isEqualTo(newest.title());
            link.click();

            assertThat(browser.getCurrentUrl()).endsWith("/articles/" + newest.id());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(newest.title());
            String page = browser.findElement(By.tagName("body")).getText();
            assertThat(page)
                    .contains(outlet)
                    .containsPattern("\\d{2}-\\d{2}-\\d{4}")
                    .containsPattern("ago");
            assertThat(page).contains(newest.text().substring(0, 40));

            String screenshots = System.getenv("BROADSHEET_SCREENSHOT_DIR");
            if (screenshots != null) {
                Files.createDirectories(Path.of(screenshots));
                TestBrowser.screenshot(browser, Path.of(screenshots, "article.png"));
                browser.get(running.site("/").toString());
                TestBrowser.screenshot(browser, Path.of(screenshots, "home.png"));
                List<WebElement> stories = browser.findElements(By.cssSelector(".top-stories .full-coverage a"));
                if (!stories.isEmpty()) {
                    stories.getFirst().click();
                    TestBrowser.screenshot(browser, Path.of(screenshots, "story.png"));
                }
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void onAPhoneTheArticleTextStartsWithinTheFirstScreen() throws Exception {
        WebDriver browser = TestBrowser.chromium();
        try (RunningDemo running = new RunningDemo(dir)) {
            // A 375 x 812 viewport (the window's own frame added), as on a common phone.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
            long frame = 812 - innerHeight(browser);
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, (int) (812 + frame)));
            long viewport = innerHeight(browser);
            assertThat(viewport).isEqualTo(812);
            for (Article article : running.app.database().articles().list(ArticleQuery.latest(5))) {
                browser.get(running.site("/articles/" + article.id()).toString());
                WebElement body = browser.findElement(By.cssSelector(".article .body"));
                assertThat(body.getLocation().getY())
                        .as("the text of article %d starts within the first screen", article.id())
                        .isLessThan((int) viewport - 40);
                // The AI panel is folded on a phone, one tap away.
                assertThat(browser.findElement(By.cssSelector("details.ai-fold"))
                                .getAttribute("open"))
                        .isNull();
            }
        } finally {
            browser.quit();
        }
    }

    private static long innerHeight(WebDriver browser) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.innerHeight"))
                .longValue();
    }
}
