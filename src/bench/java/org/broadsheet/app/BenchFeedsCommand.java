package org.broadsheet.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.feed.FeedConformance;
import org.broadsheet.feed.FeedConformanceReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench feeds [--corpora DIR]}: runs the feed parser over the public feed test suites and prints a
 * table of parse outcomes, feedparser expectation pass rates, expected-field agreement and parse times. Exits with 1
 * when a document threw something other than a typed parse failure or hung, 2 when the corpora folder is missing.
 */
@Command(
        name = "feeds",
        mixinStandardHelpOptions = true,
        description = "Measures the feed parser against the feedparser, gofeed, feed-rs and feedvalidator suites.")
public final class BenchFeedsCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Option(
            names = "--corpora",
            paramLabel = "DIR",
            defaultValue = "../shared/corpora",
            description = "The folder holding the test suites (default: ${DEFAULT-VALUE}).")
    Path corpora = Path.of("..", "shared", "corpora");

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "Seconds after which a document counts as hung (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 5;

    @Option(names = "--failures", description = "Also list every failed or not applicable feedparser expectation.")
    boolean listFailures;

    /** Creates the command; picocli fills in the options. */
    public BenchFeedsCommand() {}

    @Override
    public Integer call() throws IOException {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpora)) {
            err.println("bench feeds: no corpora folder at "
                    + corpora.toAbsolutePath().normalize());
            err.flush();
            return 2;
        }
        FeedConformanceReport report = new FeedConformance(Duration.ofSeconds(timeoutSeconds)).run(corpora);
        if (listFailures) {
            report.failures().forEach(out::println);
            out.println();
        }
        report.problems().forEach(p -> out.println("problem: " + p));
        out.print(report.table());
        out.flush();
        return report.untyped() == 0 ? 0 : 1;
    }
}
