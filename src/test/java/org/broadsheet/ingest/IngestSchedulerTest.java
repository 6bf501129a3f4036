package org.broadsheet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.broadsheet.demo.DemoServer;
import org.broadsheet.demo.DemoSource;
import org.broadsheet.extract.ArticleExtractor;
import org.broadsheet.feed.FeedParser;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.fetch.HttpFetcher;
import org.broadsheet.fetch.PoliteFetcher;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSchedulerTest {
    @TempDir
    Path dir;

    private DemoServer demo;
    private Database db;
    private HttpFetcher fetcher;
    private ExecutorService cpu;
    private IngestScheduler scheduler;

    @BeforeEach
    void setUp() {
        demo = DemoServer.start(0);
        db = Database.open(Database.sqliteUrl(dir));
        fetcher = new HttpFetcher(FetchSettings.defaults().withAllowPrivateAddresses(true));
        cpu = Executors.newFixedThreadPool(1);
        IngestSettings settings = IngestSettings.defaults();
        Ingester ingester = new Ingester(
                db.sources(),
                db.articles(),
                new PoliteFetcher(fetcher),
                new FeedParser(),
                new ArticleExtractor(),
                cpu,
                new SimpleMeterRegistry(),
                settings,
                Clock.systemUTC(),
                () -> {});
        scheduler = new IngestScheduler(ingester, db.sources(), settings, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        scheduler.close();
        cpu.shutdownNow();
        fetcher.close();
        db.close();
        demo.close();
    }

    private Source add(DemoSource outlet) {
        return db.sources().add(NewSource.of(outlet.name(), outlet.feedUrl()));
    }

    /** Waits until a poll of the source has finished: its articles are stored and its success recorded. */
    private void awaitArticles(long sourceId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while ((db.articles().countBySource(sourceId) == 0
                        || db.sources().expect(sourceId).health().lastSuccess() == null)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    @Test
    void pollsNewSourcesAsSoonAsItStarts() throws InterruptedException {
        Source source = add(demo.sources().get(0));

        scheduler.start();
        awaitArticles(source.id());

        assertThat(db.articles().countBySource(source.id())).isPositive();
        Source polled = db.sources().expect(source.id());
        assertThat(polled.health().lastSuccess()).isNotNull();
        assertThat(polled.health().nextPoll()).isAfter(Instant.now().plus(Duration.ofMinutes(10)));
    }

    @Test
    void pollNowWakesTheLoopForASourceNotYetDue() throws InterruptedException {
        Source source = add(demo.sources().get(1));
        db.sources()
                .recordSuccess(
                        source.id(), Instant.now(), null, null, Instant.now().plus(Duration.ofDays(1)));
        scheduler.start();
        Thread.sleep(300);
        assertThat(db.articles().countBySource(source.id())).isZero();

        scheduler.pollNow(source.id());
        awaitArticles(source.id());

        assertThat(db.articles().countBySource(source.id())).isPositive();
    }

    @Test
    void leavesPausedSourcesAlone() throws InterruptedException {
        Source source = add(demo.sources().get(2));
        db.sources().setPaused(source.id(), true);

        scheduler.start();
        assertThat(scheduler.pollAllOnce()).isEmpty();
        Thread.sleep(300);

        assertThat(db.articles().countBySource(source.id())).isZero();
    }
}
