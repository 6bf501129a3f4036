package org.broadsheet.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.broadsheet.demo.AnswerKeyEntry;
import org.broadsheet.demo.DemoCorpus;
import org.broadsheet.demo.DemoServer;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.search.Related;
import org.broadsheet.search.RelatedArticles;
import org.broadsheet.store.Article;
import org.broadsheet.store.ArticleQuery;
import org.broadsheet.store.Database;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench related}: ingests the demo corpus through the real pipeline into a temporary folder, then
 * asks for the related articles of every article and scores them against the corpus's answer key (which event each
 * article reports): how many shown share the event (precision), how many articles with coverage of their event
 * elsewhere get at least one such article, and how many of those siblings are shown (recall, up to six).
 */
@Command(
        name = "related",
        mixinStandardHelpOptions = true,
        description = "Scores related articles on the demo corpus against its answer key.")
final class BenchRelatedCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec == null
                ? new PrintWriter(System.out, true)
                : spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("broadsheet-bench-related");
        try (DemoServer demo = DemoServer.start(0);
                Broadsheet app = Broadsheet.open(
                        Database.sqliteUrl(dir), dir, FetchSettings.defaults().withAllowPrivateAddresses(true))) {
            new DemoSources(app.database().sources()).register(demo.sources());
            app.scheduler().pollAllOnce();
            app.enrichment().reconcile();
            Map<String, String> eventByPath = new HashMap<>();
            for (AnswerKeyEntry e : DemoCorpus.answerKey()) {
                eventByPath.put(e.path(), e.event());
            }
            List<Article> articles = app.database().articles().list(ArticleQuery.latest(1000));
            Map<Long, String> event = new HashMap<>();
            for (Article a : articles) {
                event.put(a.id(), eventByPath.getOrDefault(a.url().getPath(), "?" + a.id()));
            }
            Map<String, Integer> eventSize = new HashMap<>();
            event.values().forEach(e -> eventSize.merge(e, 1, Integer::sum));
            RelatedArticles related = app.related();
            int shown = 0, same = 0, withSiblings = 0, found = 0, maxPerOutlet = 0;
            double recall = 0;
            long nanos = 0;
            for (Article a : articles) {
                long started = System.nanoTime();
                List<Related> list = related.of(a.id());
                nanos += System.nanoTime() - started;
                String e = event.get(a.id());
                int sameHere = (int)
                        list.stream().filter(r -> e.equals(event.get(r.id()))).count();
                shown += list.size();
                same += sameHere;
                Map<Long, Integer> perOutlet = new HashMap<>();
                list.forEach(r -> perOutlet.merge(r.sourceId(), 1, Integer::sum));
                maxPerOutlet = Math.max(
                        maxPerOutlet,
                        perOutlet.values().stream().max(Integer::compare).orElse(0));
                int siblings = eventSize.get(e) - 1;
                if (siblings > 0) {
                    withSiblings++;
                    found += sameHere > 0 ? 1 : 0;
                    recall += sameHere / (double) Math.min(RelatedArticles.LIMIT, siblings);
                }
            }
            out.printf("demo corpus: %d articles, %d events (answer key)%n", articles.size(), eventSize.size());
            out.printf(
                    "related shown: %d (%.2f per article), at most %d from one outlet in a list%n",
                    shown, shown / (double) articles.size(), maxPerOutlet);
            out.printf("share the article's event (precision): %d of %d = %.1f%%%n", same, shown, 100.0 * same / shown);
            out.printf(
                    "articles whose event has other coverage: %d; with at least one of it shown: %d = %.1f%%%n",
                    withSiblings, found, 100.0 * found / withSiblings);
            out.printf("recall of same-event articles (up to 6): %.1f%%%n", 100.0 * recall / withSiblings);
            out.printf("time per related list (uncached, demo index): %.2f ms mean%n", nanos / 1e6 / articles.size());
            out.flush();
            return 0;
        } finally {
            BenchFiles.delete(dir);
        }
    }
}
