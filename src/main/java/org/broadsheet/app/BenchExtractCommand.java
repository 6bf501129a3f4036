package org.broadsheet.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.broadsheet.extract.ExtractionBenchmark;
import org.broadsheet.extract.ExtractorScore;
import org.broadsheet.extract.ExtractorUnderTest;
import org.broadsheet.extract.MetadataAgreement;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench extract [--corpus DIR]}: scores Broadsheet's extractor and every peer adapter that
 * {@link ServiceLoader} finds (test code, on the class path when run through the launcher) on the same pages, and
 * prints one table. Exits with 2 when the corpus is missing or empty.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Compares article extractors on a corpus of (page, expected text) pairs: shingle precision,"
                + " recall, F1, exact matches and single-threaded pages per second.")
public final class BenchExtractCommand implements Callable<Integer> {
    /** The peers the extraction issue names, with what to say when one is not on the class path. */
    private static final Map<String, String> PEERS = new LinkedHashMap<>();

    static {
        String testCode = "not on the class path (its adapter is test code: run `./broadsheet bench extract`)";
        PEERS.put("Readability4J", testCode);
        PEERS.put("boilerpipe", testCode);
        PEERS.put("crux", "not available from the package registry");
    }

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
        List<ExtractorUnderTest> extractors = new ArrayList<>();
        extractors.add(ExtractorUnderTest.broadsheet());
        ServiceLoader.load(ExtractorUnderTest.class).forEach(extractors::add);

        List<ExtractorScore> scores = new ArrayList<>();
        for (ExtractorUnderTest extractor : extractors) {
            err.println("bench extract: " + extractor.name() + " on " + pages.size() + " pages...");
            err.flush();
            scores.add(ExtractionBenchmark.run(extractor, pages));
        }
        out.print(ExtractionBenchmark.table(scores));
        for (ExtractorScore s : scores) {
            s.firstFailure()
                    .ifPresent(f -> out.println(
                            s.extractor() + ": threw on " + s.failures() + " pages (scored as empty), first: " + f));
        }
        PEERS.forEach((name, reason) -> {
            if (scores.stream().noneMatch(s -> s.extractor().equalsIgnoreCase(name))) {
                out.println(name + ": " + reason);
            }
        });
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
                + " averages; exact = same text after collapsing whitespace; pages/s on one thread after a warm-up pass;"
                + " metadata agrees when equal after collapsing whitespace (published times: the same second).");
        out.flush();
        return 0;
    }
}
