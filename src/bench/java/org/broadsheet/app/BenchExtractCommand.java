package org.broadsheet.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.broadsheet.extract.ExtractionBenchmark;
import org.broadsheet.extract.ExtractorScore;
import org.broadsheet.extract.ExtractorUnderTest;
import org.broadsheet.extract.MetadataAgreement;
import org.broadsheet.extract.WorstPages;
import org.broadsheet.extract.peers.BoilerpipeUnderTest;
import org.broadsheet.extract.peers.NodePeer;
import org.broadsheet.extract.peers.Readability4JUnderTest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench extract [--corpus DIR]... [--worst N]}: scores Broadsheet's extractor and the peers'
 * (Readability4J, boilerpipe) on the same pages, and prints one section per corpus. Exits with 2 when a corpus is
 * missing or empty.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Compares article extractors on a corpus of (page, expected text) pairs: shingle precision,"
                + " recall, F1, exact matches and single-threaded pages per second.")
public final class BenchExtractCommand implements Callable<Integer> {
    /** A peer the extraction issue names that cannot be measured, and why. */
    private static final String MISSING_PEER = "crux: not available from the package registry";

    /**
     * At most this many untimed passes node makes over the pages before its timed pass (none with {@code --warm-up 0}):
     * V8 compiles hot code within the first hundred pages, and each pass of jsdom over a large corpus costs minutes
     * on a busy machine.
     */
    private static final int NODE_WARM_UPS = 1;

    private static final Path DEFAULT_CORPUS = Path.of("..", "shared", "corpora", "readability-test-pages");

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "A corpus: a folder with one folder per case holding source.html and expected.html"
                    + " (Readability's test pages), or a folder with ground-truth.jsonl and html/ID.html.gz (the"
                    + " news-extraction sets). Repeat to run several, each reported on its own"
                    + " (default: ../shared/corpora/readability-test-pages).")
    List<Path> corpora = List.of();

    @Option(
            names = "--worst",
            paramLabel = "N",
            defaultValue = "0",
            description = "Also lists the N pages where Broadsheet's precision is lowest, with the lines it kept that"
                    + " the expected text leaves out (default: ${DEFAULT-VALUE}).")
    int worst;

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

    @Option(
            names = "--no-node",
            description = "Skips the peers that run under node (Readability.js, Postlight), which otherwise run when"
                    + " node is on the PATH; their packages are installed with npm ci on first use.")
    boolean noNode;

    /** Creates the command; picocli fills in the options. */
    public BenchExtractCommand() {}

    @Override
    public Integer call() throws IOException {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (warmUps < 0 || rounds < 1 || worst < 0) {
            err.println("bench extract: "
                    + (warmUps < 0
                            ? "--warm-up must be at least 0, not " + warmUps
                            : rounds < 1
                                    ? "--rounds must be at least 1, not " + rounds
                                    : "--worst must be at least 0, not " + worst));
            err.flush();
            return 2;
        }
        List<ExtractorUnderTest> extractors = new ArrayList<>();
        extractors.add(ExtractorUnderTest.broadsheet());
        extractors.add(new Readability4JUnderTest());
        extractors.add(new BoilerpipeUnderTest());
        List<NodePeer> nodePeers = new ArrayList<>();
        if (!noNode) {
            NodePeer.PEERS.keySet().stream().sorted().map(NodePeer::new).forEach(nodePeers::add);
        }
        if (!only.isEmpty()) {
            extractors.removeIf(e -> !named(e.name()));
            nodePeers.removeIf(e -> !named(e.name()));
            if (extractors.isEmpty() && nodePeers.isEmpty()) {
                err.println("bench extract: no extractor is named " + only);
                err.flush();
                return 2;
            }
        }
        String nodeMissing = "";
        if (!nodePeers.isEmpty()) {
            err.println("bench extract: checking node and the npm packages of " + NodePeer.DIR + "...");
            err.flush();
            Optional<String> why = NodePeer.unavailable();
            if (why.isPresent()) {
                nodeMissing = nodePeers.stream().map(NodePeer::name).toList() + ": not run: " + why.get();
                nodePeers.clear();
            }
        }
        List<Path> dirs = corpora.isEmpty() ? List.of(DEFAULT_CORPUS) : corpora;
        Map<Path, List<ExtractionBenchmark.Page>> read = new LinkedHashMap<>();
        for (Path dir : dirs) {
            List<ExtractionBenchmark.Page> pages =
                    Files.isDirectory(dir) ? ExtractionBenchmark.readCorpus(dir) : List.of();
            if (pages.isEmpty()) {
                err.println("bench extract: no cases (folders with source.html and expected.html, or"
                        + " ground-truth.jsonl with html/ID.html.gz) in "
                        + dir.toAbsolutePath().normalize());
                err.flush();
                return 2;
            }
            read.put(dir, pages);
        }
        for (Map.Entry<Path, List<ExtractionBenchmark.Page>> corpus : read.entrySet()) {
            report(corpus.getKey(), corpus.getValue(), extractors, nodePeers, out, err);
        }
        if (only.isEmpty()) {
            out.println(MISSING_PEER);
        }
        if (!nodeMissing.isEmpty()) {
            out.println(nodeMissing);
        }
        out.println("Metric: 4-token shingles of \\w+ tokens, precision and recall averaged over pages, F1 of the"
                + " averages; exact = same text after collapsing whitespace. Speed on one thread, after a warm-up pass,"
                + " the scored pass and " + warmUps + " warm-up rounds: median of " + rounds + " rounds that run the"
                + " extractors in turn; pages/s counts wall-clock time, pages/CPU-s the thread's CPU time (steadier on"
                + " a busy machine); metadata agrees when equal after collapsing whitespace (published times: the same"
                + " second).");
        out.flush();
        return 0;
    }

    private int nodeWarmUps() {
        return Math.min(NODE_WARM_UPS, warmUps);
    }

    private boolean named(String extractor) {
        return only.stream().anyMatch(name -> name.strip().equalsIgnoreCase(extractor));
    }

    /** Scores and times every extractor on one corpus and prints its section of the report. */
    private void report(
            Path dir,
            List<ExtractionBenchmark.Page> pages,
            List<ExtractorUnderTest> extractors,
            List<NodePeer> nodePeers,
            PrintWriter out,
            PrintWriter err) {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        err.println("bench extract: " + name + ": "
                + extractors.stream().map(ExtractorUnderTest::name).toList() + " on " + pages.size() + " pages, then "
                + rounds + " timed rounds...");
        err.flush();
        List<ExtractorScore> scores = new ArrayList<>(
                extractors.isEmpty()
                        ? List.of()
                        : ExtractionBenchmark.run(extractors, pages, warmUps, rounds, line -> {
                            err.println("bench extract: " + name + ": " + line);
                            err.flush();
                        }));
        List<String> nodeNotes = new ArrayList<>();
        List<ExtractorScore> nodeScores = new ArrayList<>();
        for (NodePeer peer : nodePeers) {
            err.println("bench extract: " + name + ": " + peer.name() + " under node...");
            err.flush();
            try {
                nodeScores.add(ExtractionBenchmark.score(peer.run(pages, nodeWarmUps()), pages));
            } catch (IOException e) {
                nodeNotes.add(peer.name() + ": not scored: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                nodeNotes.add(peer.name() + ": interrupted");
            }
        }
        scores.addAll(nodeScores);
        if (scores.isEmpty()) {
            nodeNotes.forEach(out::println);
            out.flush();
            return;
        }
        out.println("## " + name + " (" + pages.size() + " pages)");
        out.println();
        out.print(ExtractionBenchmark.table(scores));
        ExtractorScore first = scores.getFirst();
        for (ExtractorScore peer : nodeScores) {
            // Only an extractor timed in rounds here is compared: two node passes are not paired measurements.
            if (!first.cpuRounds().isEmpty() && first.pagesPerCpuSecond() > 0 && peer.pagesPerCpuSecond() > 0) {
                out.printf(
                        Locale.ROOT,
                        "%s against %s on CPU time: %.2fx (its median round against node's one timed pass, after %d"
                                + " warm-up passes; node's CPU time counts all its threads, garbage collection"
                                + " included)%n",
                        first.extractor(),
                        peer.extractor(),
                        first.pagesPerCpuSecond() / peer.pagesPerCpuSecond(),
                        nodeWarmUps());
            }
        }
        nodeNotes.forEach(out::println);
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
        if (extractors.stream().noneMatch(e -> e.name().equals("Broadsheet"))) {
            out.println();
            out.flush();
            return;
        }
        MetadataAgreement agreement = MetadataAgreement.measure(pages);
        out.println();
        out.println("Broadsheet's metadata against each case's expected values (cases that expect a value):");
        out.print(agreement.table());
        if (metadataMisses) {
            for (MetadataAgreement.Field field : agreement.fields()) {
                out.println(field.field() + " misses:");
                field.misses().forEach(m -> out.println("  " + m));
            }
        }
        if (worst > 0) {
            out.println();
            out.println("The " + worst + " pages where Broadsheet's precision is lowest, with the lines it kept that"
                    + " the expected text leaves out:");
            out.print(WorstPages.report(WorstPages.of(ExtractorUnderTest.broadsheet(), pages, worst)));
        }
        out.println();
        out.flush();
    }
}
