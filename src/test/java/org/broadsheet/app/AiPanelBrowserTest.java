package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.testing.TestBrowser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The AI panel on the demo corpus: on every article page, and answering in place with JavaScript in Chromium. */
class AiPanelBrowserTest {
    @TempDir
    Path dir;

    @Test
    void everyDemoArticleHasThePanelAndAQuestionIsAnsweredInPlace() throws Exception {
        WebDriver browser = TestBrowser.chromium();
        try (RunningDemo running = new RunningDemo(dir)) {
            List<Article> all = running.app.database().articles().list(ArticleQuery.latest(100));
            HttpClient http = HttpClient.newHttpClient();
            for (Article a : all) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(running.site("/articles/" + a.id()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("article %d", a.id()).isEqualTo(200);
                Document page = Jsoup.parse(response.body());
                assertThat(page.select(".ai-panel h2").text())
                        .as("article %d", a.id())
                        .isEqualTo("AI features");
                assertThat(page.select("form[data-ai-ask]"))
                        .as("article %d", a.id())
                        .hasSize(1);
            }

            Article galway = all.stream()
                    .filter(a -> a.title().contains("Galway councillors approve"))
                    .findFirst()
                    .orElseThrow();
            assertThat(running.app
                            .database()
                            .sources()
                            .expect(galway.sourceId())
                            .display())
                    .isEqualTo(DisplayPolicy.FULL);
            browser.get(running.site("/articles/" + galway.id()).toString());
            assertThat(browser.findElement(By.cssSelector(".ai-panel h2")).getText())
                    .isEqualTo("AI features");
            browser.findElement(By.id("ai-q")).sendKeys("How many parking spaces will be removed?");
            browser.findElement(By.cssSelector("form[data-ai-ask] button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d ->
                            !d.findElements(By.cssSelector(".ai-answer-text")).isEmpty());
            assertThat(browser.findElement(By.cssSelector(".ai-answer-text")).getText())
                    .contains("190");
            assertThat(browser.findElement(By.cssSelector(".body #answer")).getText())
                    .contains("190");
            assertThat(URI.create(browser.getCurrentUrl()).getQuery()).startsWith("q=How many parking");
        } finally {
            browser.quit();
        }
    }
}
