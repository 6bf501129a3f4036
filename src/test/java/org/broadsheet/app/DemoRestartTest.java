package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.CommentStatus;
import org.broadsheet.store.NewComment;
import org.broadsheet.store.Role;
import org.broadsheet.store.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --demo} stopped and started again on the same data folder: every article keeps its id and address,
 * comments survive, and no story is listed or shown without articles.
 */
class DemoRestartTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRestartKeepsArticlesIdsCommentsAndStories(@TempDir Path dir) throws Exception {
        Map<String, Long> idsByUrl;
        long commentId;
        List<Long> storyIds;
        try (RunningDemo first = new RunningDemo(dir)) {
            var db = first.app.database();
            idsByUrl = byUrl(db.articles().list(ArticleQuery.latest(1000)));
            long account = db.accounts()
                    .create("reader1", "not-a-real-hash", Role.READER, Instant.now())
                    .id();
            long article = idsByUrl.values().iterator().next();
            commentId = db.comments()
                    .add(new NewComment(
                            article,
                            account,
                            null,
                            "Kept.",
                            "h",
                            CommentStatus.VISIBLE,
                            null,
                            "127.0.0.1",
                            Instant.now()))
                    .id();
            storyIds = db.stories().candidates(Instant.EPOCH, Instant.now(), 200).stream()
                    .map(Story::id)
                    .toList();
            assertThat(storyIds).isNotEmpty();
        }

        try (RunningDemo second = new RunningDemo(dir)) {
            var db = second.app.database();
            assertThat(byUrl(db.articles().list(ArticleQuery.latest(1000)))).isEqualTo(idsByUrl);
            assertThat(db.comments().find(commentId)).isPresent();
            List<Story> stories = db.stories().candidates(Instant.EPOCH, Instant.now(), 200);
            assertThat(stories).extracting(Story::id).containsAll(storyIds);
            for (Story story : stories) {
                assertThat(story.headline()).as("story %d", story.id()).isNotBlank();
                assertThat(db.stories().articleIds(story.id())).hasSize(story.articleCount());
                HttpResponse<String> page = http.send(
                        HttpRequest.newBuilder(second.site("/stories/" + story.id()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).doesNotContain("Untitled story");
            }
            HttpResponse<String> home =
                    http.send(HttpRequest.newBuilder(second.site("/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.body()).doesNotContain("Untitled story");
        }
    }

    private static Map<String, Long> byUrl(List<Article> articles) {
        return articles.stream().collect(Collectors.toMap(a -> a.url().toString(), Article::id));
    }
}
