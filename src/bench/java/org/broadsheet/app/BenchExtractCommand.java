package org.broadsheet.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.extract.ExtractionBenchmark;
import org.broadsheet.extract.ExtractorScore;
import org.broadsheet.extract.ExtractorUnderTest;
import org.broadsheet.extract.MetadataAgreement;
import org.broadsheet.extract.peers.BoilerpipeUnderTest;
import org.broadsheet.extract.peers.Readability4JUnderTest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench extract [--corpus DIR]}: scores Broadsheet's extractor and the peers' (Readability4J,
 * boilerpipe) on the same pages, and prints one table. Exits with 2 when the corpus is missing or empty.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Compares article extractors on a corpus of (page, expected text) pairs: shingle precision,"
                + " recall, F1, exact matches and single-threaded pages per second.")
public final class BenchExtractCommand implements Callable<Integer> {
    /** A peer the extraction issue names that cannot be measured, and why. */
    private static final String MISSING_PEER = "crux: not available from the package registry";

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "../shared/corpora/readability-test-pages",
            description = "A folder with one folder per case holding source.html and expected.html"
                    + " (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("..", "shared", "corpora", "readability-test-pages");

    @Option(
            names = "--metadata-misses",
            description =
                    "Also print, per metadata field, every case where Broadsheet disagrees with the expected value.")
    boolean metadataMisses;

    @Option(
            names = "--only",
            paramLabel = "NAME",
            split = ",",
            description = "Runs only the extractors with these names (case-insensitive, for example broadsheet),"
                    + " as when profiling one of them.")
    List<String> only = List.of();

    @Option(
            names = "--warm-up",
            paramLabel = "N",
            defaultValue = "3",
            description = "Untimed rounds after the scored pass, before the timed ones (default: ${DEFAULT-VALUE}).")
    int warmUps = 3;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            defaultValue = "5",
            description =
                    "Timed rounds after the scored pass; the median round is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    /** Creates the command; picocli fills in the options. */
    public BenchExtractCommand() {}

    @Override
    public Integer call() throws IOException {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ExtractionBenchmark.Page> pages =
                Files.isDirectory(corpus) ? ExtractionBenchmark.readCorpus(corpus) : List.of();
        if (pages.isEmpty()) {
            err.println("bench extract: no cases (folders with source.html and expected.html) in "
                    + corpus.toAbsolutePath().normalize());
            err.flush();
            return 2;
        }
        if (warmUps < 0) {
            err.println("bench extract: --warm-up must be at least 0, not " + warmUps);
            err.flush();
            return 2;
        }
        if (rounds < 1) {
            err.println("bench extract: --rounds must be at least 1, not " + rounds);
            err.flush();
            return 2;
        }
        List<ExtractorUnderTest> extractors = new ArrayList<>();
        extractors.add(ExtractorUnderTest.broadsheet());
        extractors.add(new Readability4JUnderTest());
        extractors.add(new BoilerpipeUnderTest());
        if (!only.isEmpty()) {
            extractors.removeIf(
                    e -> only.stream().noneMatch(name -> name.strip().equalsIgnoreCase(e.name())));
            if (extractors.isEmpty()) {
                err.println("bench extract: no extractor is named " + only);
                err.flush();
                return 2;
            }
        }
        err.println("bench extract: "
                + extractors.stream().map(ExtractorUnderTest::name).toList() + " on " + pages.size() + " pages, then "
                + rounds + " timed rounds...");
        err.flush();
        List<ExtractorScore> scores = ExtractionBenchmark.run(extractors, pages, warmUps, rounds, line -> {
            err.println("bench extract: " + line);
            err.flush();
        });
        out.print(ExtractionBenchmark.table(scores));
        ExtractorScore first = scores.getFirst();
        for (ExtractorScore peer : scores.subList(1, scores.size())) {
            first.pairedRatio(peer)
                    .ifPresent(r -> out.printf(
                            Locale.ROOT,
                            "%s against %s, round by round on CPU time: %.2fx (median of %d rounds; lowest %.2fx,"
                                    + " highest %.2fx)%n",
                            first.extractor(),
                            peer.extractor(),
                            r.median(),
                            r.rounds(),
                            r.lowest(),
                            r.highest()));
        }
        for (ExtractorScore s : scores) {
            s.firstFailure()
                    .ifPresent(f -> out.println(
                            s.extractor() + ": threw on " + s.failures() + " pages (scored as empty), first: " + f));
        }
        if (only.isEmpty()) {
            out.println(MISSING_PEER);
        }
        MetadataAgreement agreement = MetadataAgreement.measure(corpus, pages);
        out.println();
        out.println("Broadsheet's metadata against each case's expected-metadata.json (cases that expect a value):");
        out.print(agreement.table());
        if (metadataMisses) {
            for (MetadataAgreement.Field field : agreement.fields()) {
                out.println(field.field() + " misses:");
                field.misses().forEach(m -> out.println("  " + m));
            }
        }
        out.println("Metric: 4-token shingles of \\w+ tokens, precision and recall averaged over pages, F1 of the"
                + " averages; exact = same text after collapsing whitespace. Speed on one thread, after a warm-up pass,"
                + " the scored pass and " + warmUps + " warm-up rounds: median of " + rounds + " rounds that run the"
                + " extractors in turn; pages/s"
                + " counts wall-clock time, pages/CPU-s the thread's CPU time (steadier on a busy machine); metadata agrees when equal after collapsing whitespace"
                + " (published times: the same second).");
        out.flush();
        return 0;
    }
}
