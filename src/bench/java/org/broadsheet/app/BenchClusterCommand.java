package org.broadsheet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.ai.Embedder;
import org.broadsheet.story.AverageLinkBaseline;
import org.broadsheet.story.ClusterScore;
import org.broadsheet.story.ClusterSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code broadsheet bench cluster FILE}: clusters a labelled JSON Lines file and scores the stories against its
 * {@code cluster} answers: BCubed and pairwise precision, recall and F1, and speed with embedding timed apart.
 */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = {
            "Clusters a labelled JSON Lines file (the lines of `cluster` plus \"cluster\", the true story) and prints"
                    + " BCubed precision/recall/F1, pairwise F1 and articles per second, embedding timed apart, beside"
                    + " a TF-IDF + average-link baseline with one threshold.",
            "With --generated N, times clustering and samples memory on N generated articles instead.",
            "Exit code 2 when the file cannot be read or a line is invalid."
        })
final class BenchClusterCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            description = "Labelled JSON Lines; '-' for standard input, .gz is read compressed.")
    String file = "-";

    @CommandLine.Option(
            names = "--generated",
            paramLabel = "N",
            description = "Instead of a file, time clustering on N generated articles (speed and memory only).")
    @Nullable
    Long generated;

    @CommandLine.Option(
            names = "--join",
            paramLabel = "SCORE",
            description = "Override the join threshold (default: the tuned one), to study its effect.")
    @Nullable
    Double join;

    @CommandLine.Option(
            names = "--vector-weight",
            paramLabel = "W",
            description = "Override the share of embedding similarity in the match score (0 to 1).")
    @Nullable
    Double vectorWeight;

    @CommandLine.Option(names = "--cross-boost", paramLabel = "X", description = "Override the cross-language boost.")
    @Nullable
    Double crossBoost;

    @CommandLine.Option(names = "--name-weight", paramLabel = "W", description = "Override the weight of names.")
    @Nullable
    Double nameWeight;

    @CommandLine.Option(names = "--merge", paramLabel = "SCORE", description = "Override the merge threshold.")
    @Nullable
    Double merge;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    private final InputStream stdin;

    BenchClusterCommand() {
        this(System.in);
    }

    BenchClusterCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        CommandLine.Model.CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        if (generated != null) {
            return speed(spec.commandLine().getOut(), generated);
        }
        List<LabelledArticle> articles;
        try {
            articles = ClusterInput.read(file, stdin, LabelledArticle::read);
        } catch (IOException e) {
            spec.commandLine().getErr().println("bench cluster: " + file + ": " + InputFiles.reason(e));
            spec.commandLine().getErr().flush();
            return 2;
        }
        ClusterRun run;
        try (Embedder embedder = Embedder.load()) {
            run = ClusterRun.run(articles.stream().map(LabelledArticle::article).toList(), embedder::embed, settings());
        }
        Map<Long, String> truth = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            truth.put((long) i, articles.get(i).cluster());
        }
        ClusterScore score = ClusterScore.of(truth, run.stories());
        long events = truth.values().stream().distinct().count();
        long stories = run.stories().values().stream().distinct().count();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("articles            %d (%d true clusters, %d stories found)%n", articles.size(), events, stories);
        out.printf("BCubed precision    %.4f%n", score.bcubedPrecision());
        out.printf("BCubed recall       %.4f%n", score.bcubedRecall());
        out.printf("BCubed F1           %.4f%n", score.bcubedF1());
        out.printf(
                "pairwise P / R / F1 %.4f / %.4f / %.4f%n", score.pairPrecision(), score.pairRecall(), score.pairF1());
        if (articles.size() <= AverageLinkBaseline.MAX_ARTICLES) {
            List<String> texts = articles.stream()
                    .map(a -> a.article().title() + "\n" + a.article().text())
                    .toList();
            ClusterScore base = ClusterScore.of(truth, AverageLinkBaseline.named(texts, AverageLinkBaseline.THRESHOLD));
            out.printf(
                    "baseline BCubed     P %.4f  R %.4f  F1 %.4f  (TF-IDF + average link, threshold %.2f)%n",
                    base.bcubedPrecision(), base.bcubedRecall(), base.bcubedF1(), AverageLinkBaseline.THRESHOLD);
        } else {
            out.printf(
                    "baseline            not run: all-pairs over more than %d articles%n",
                    AverageLinkBaseline.MAX_ARTICLES);
        }
        out.printf(
                "clustering          %.0f articles/s (%d ms wall clock, excluding embedding, second of two runs)%n",
                perSecond(articles.size(), run.clustering().toNanos()),
                run.clustering().toMillis());
        out.printf(
                "clustering CPU      %.0f articles per CPU second (%d ms of the clustering thread)%n",
                perSecond(articles.size(), run.clusteringCpu().toNanos()),
                run.clusteringCpu().toMillis());
        out.printf(
                "embedding           %.0f articles/s (%d ms, %d threads)%n",
                perSecond(articles.size(), run.embedding().toNanos()),
                run.embedding().toMillis(),
                Runtime.getRuntime().availableProcessors());
        out.flush();
        return 0;
    }

    private int speed(PrintWriter out, long count) {
        SyntheticNews news;
        try (Embedder embedder = Embedder.load()) {
            // The model embeds each topic's sentence once; articles get noisy copies (see SyntheticNews).
            news = new SyntheticNews(7, embedder::embed);
        }
        ClusterSpeed.run(news, Math.min(count, 20_000), settings());
        ClusterSpeed speed = ClusterSpeed.run(news, count, settings());
        out.printf("articles            %d generated (one every 5 minutes, %d topics)%n", count, SyntheticNews.TOPICS);
        out.printf(
                "clustering          %.0f articles/s (%d ms wall clock, excluding embedding and generation)%n",
                perSecond(count, speed.wall().toNanos()), speed.wall().toMillis());
        out.printf(
                "clustering CPU      %.0f articles per CPU second (%d ms of the clustering thread)%n",
                perSecond(count, speed.cpu().toNanos()), speed.cpu().toMillis());
        out.printf(
                "memory              %d articles held at the end; heap after collection %d MB half-way, %d MB at the"
                        + " end%n",
                speed.rememberedAtEnd(), speed.heapAtHalf() >> 20, speed.heapAtEnd() >> 20);
        out.flush();
        return 0;
    }

    private ClusterSettings settings() {
        ClusterSettings s = ClusterSettings.defaults();
        if (vectorWeight != null) {
            s = s.withVectorWeight(vectorWeight);
        }
        if (crossBoost != null) {
            s = s.withCrossLanguageBoost(crossBoost);
        }
        if (nameWeight != null) {
            s = s.withNameWeight(nameWeight);
        }
        if (merge != null) {
            s = s.withMerge(merge);
        }
        return join == null ? s : s.withJoin(join);
    }

    private static double perSecond(long count, long nanos) {
        return nanos == 0 ? 0 : count * 1e9 / nanos;
    }
}
