package org.broadsheet.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.broadsheet.ai.Embedder;
import org.broadsheet.store.ArticleDraft;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live story service over a real SQLite file and the real embedding model. */
class StoryServiceTest {
    private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");
    private static Embedder embedder;

    @TempDir
    Path dir;

    Database db;
    Source gazette;
    Source blick;

    @BeforeAll
    static void loadModel() {
        embedder = Embedder.load();
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    @BeforeEach
    void open() {
        db = Database.open(Database.sqliteUrl(dir));
        gazette = db.sources()
                .add(NewSource.of("Gazette", URI.create("https://g.example/feed"))
                        .withCountry("GB"));
        blick = db.sources()
                .add(NewSource.of("Blick", URI.create("https://b.example/feed")).withCountry("DE"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StoryService service() {
        return new StoryService(
                db.articles(),
                db.embeddings(),
                db.stories(),
                embedder,
                ClusterSettings.defaults(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private long article(Source source, String guid, String title, String text, int hoursAgo, String language) {
        Instant published = NOW.minusSeconds(3600L * hoursAgo);
        return db.articles()
                .upsert(new ArticleDraft(
                        source.id(),
                        URI.create("https://news.example/" + guid),
                        null,
                        guid,
                        title,
                        null,
                        published,
                        null,
                        published,
                        language,
                        text,
                        "<p>" + text + "</p>",
                        text,
                        null,
                        text.split(" ").length,
                        "hash-" + guid))
                .id();
    }

    @Test
    void catchUpEmbedsAndClustersStoredArticlesAndResumesAfterARestart() {
        long en = article(
                gazette,
                "en",
                "Vantora recalls 1.2 million e-bike batteries after 40 fires",
                "Vantora is recalling 1.2 million batteries after 40 fires in Germany and Austria.",
                5,
                "en");
        long de = article(
                blick,
                "de",
                "Vantora ruft 1,2 Millionen E-Bike-Akkus zurück",
                "Vantora ruft nach 40 Bränden 1,2 Millionen Akkus zurück, auch in Deutschland und Österreich.",
                4,
                "de");
        long other = article(
                gazette,
                "ferry",
                "Sydney ferry timetable changes from Monday",
                "Fewer Manly ferries will run at night from Monday, the new timetable shows.",
                3,
                "en");

        assertThat(service().catchUp()).isEqualTo(3);
        long story = db.stories().findByArticle(en).orElseThrow().id();
        assertThat(db.stories().findByArticle(de).orElseThrow().id()).isEqualTo(story);
        assertThat(db.stories().findByArticle(other).orElseThrow().id()).isNotEqualTo(story);
        assertThat(db.stories().find(story).orElseThrow().countries()).containsExactly("DE", "GB");
        assertThat(db.embeddings().count(Embedder.MODEL)).isEqualTo(3);

        // A new process restores recent stories from the database and places a later report in the same story.
        StoryService restarted = service();
        assertThat(restarted.catchUp()).isZero();
        long later = article(
                blick,
                "later",
                "Vantora: Rückruf von 1,2 Millionen Akkus erreicht Österreich",
                "Der Rückruf von Vantora nach 40 Bränden gilt nun auch in Österreich.",
                1,
                "de");
        assertThat(restarted.catchUp()).isEqualTo(1);
        assertThat(db.stories().findByArticle(later).orElseThrow().id()).isEqualTo(story);
        assertThat(restarted.maintain()).isZero();
    }
}
