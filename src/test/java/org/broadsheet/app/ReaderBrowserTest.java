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
}
