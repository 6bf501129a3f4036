package org.broadsheet.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.broadsheet.account.AccountSettings;
import org.broadsheet.account.Argon2Settings;
import org.broadsheet.comment.CommentSettings;
import org.broadsheet.demo.DemoServer;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.ingest.PollResult;
import org.broadsheet.store.Database;
import org.broadsheet.web.Community;
import org.broadsheet.web.Features;
import org.broadsheet.web.WebServer;
import org.broadsheet.web.WebServices;
import org.broadsheet.web.WebSettings;

/**
 * The whole application as {@code serve --demo} wires it, for end-to-end tests: the demo corpus served on 127.0.0.1,
 * ingested once through the real pipeline into an SQLite file, its stories clustered, and the website on a free port.
 */
final class RunningDemo implements AutoCloseable {
    final DemoServer demo;
    final Broadsheet app;
    final WebServer web;
    final List<PollResult> firstPoll;

    RunningDemo(Path dataDir) throws InterruptedException {
        demo = DemoPort.start(dataDir);
        app = Broadsheet.open(
                Database.sqliteUrl(dataDir), dataDir, FetchSettings.defaults().withAllowPrivateAddresses(true));
        new DemoSources(app.database().sources()).register(demo.sources());
        firstPoll = app.scheduler().pollAllOnce();
        app.enrichment().reconcile();
        app.stories().catchUp();
        Community community = app.community(
                AccountSettings.defaults().withArgon2(Argon2Settings.FAST_FOR_TESTS), CommentSettings.defaults());
        web = WebServer.start(
                new WebSettings("127.0.0.1", 0, ZoneId.of("UTC"), "Broadsheet", true),
                WebServices.of(app.database(), community, app.metrics())
                        .withSourceRefresh(app.scheduler()::pollNow)
                        .withFeedFinder(app.feedFinder())
                        .withFeatures(Features.NONE
                                .withSearch(app.search(), app.related())
                                .withAssistant(app.assistant())
                                .withBriefer(app.briefer())));
    }

    URI site(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    @Override
    public void close() {
        web.close();
        app.close();
        demo.close();
    }
}
