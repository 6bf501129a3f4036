package org.broadsheet.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.fetch.FetchSettings;
import org.broadsheet.ingest.IngestSettings;
import org.broadsheet.ingest.PollResult;
import org.broadsheet.store.Database;
import org.broadsheet.store.NewSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench ingest}: one full poll cycle of the real pipeline (polite fetcher with robots.txt and
 * per-host limits, parser, extractor on the CPU pool, store) over {@link BenchPublishers} on loopback addresses, into a
 * fresh database. Prints the time, articles per second end to end and peak memory; exits with 1 when a feed failed or
 * an article is missing or came from the feed instead of its page.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Polls synthetic publishers on many loopback host names once, politely, and measures the"
                + " pipeline end to end.")
public final class BenchIngestCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--feeds", defaultValue = "1000", description = "Feeds (default: ${DEFAULT-VALUE}).")
    int feeds = 1000;

    @Option(names = "--entries", defaultValue = "20", description = "Entries per feed (default: ${DEFAULT-VALUE}).")
    int entries = 20;

    @Option(
            names = "--hosts",
            defaultValue = "1000",
            description = "Host names (loopback addresses 127.1.x.y) the feeds are spread over (default:"
                    + " ${DEFAULT-VALUE}).")
    int hosts = 1000;

    @Option(
            names = "--latency-ms",
            defaultValue = "50",
            description = "Delay before every answer (default: ${DEFAULT-VALUE}).")
    long latencyMillis = 50;

    @Option(
            names = "--per-host-delay-ms",
            defaultValue = "1000",
            description = "Least time between request starts to one host (default: ${DEFAULT-VALUE}).")
    long perHostDelayMillis = 1000;

    @Option(
            names = "--per-host-concurrency",
            defaultValue = "2",
            description = "Requests to one host at once (default: ${DEFAULT-VALUE}).")
    int perHostConcurrency = 2;

    @Option(
            names = "--concurrent-polls",
            defaultValue = "1000",
            description = "Sources polled at once (default: ${DEFAULT-VALUE}).")
    int concurrentPolls = 1000;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "An empty database to ingest into (default: SQLite in a new temporary folder).")
    @Nullable
    String jdbcUrl;

    /** Creates the command; picocli fills in the options. */
    public BenchIngestCommand() {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("broadsheet-bench-ingest");
        String url = jdbcUrl != null ? jdbcUrl : Database.sqliteUrl(folder);
        FetchSettings fetch = FetchSettings.defaults()
                .withAllowPrivateAddresses(true)
                .withPrivateHostsExempt(false)
                .withPerHostDelay(Duration.ofMillis(perHostDelayMillis))
                .withPerHostConcurrency(perHostConcurrency);
        IngestSettings ingest = IngestSettings.defaults().withMaxConcurrentPolls(concurrentPolls);
        try (BenchPublishers publishers =
                        BenchPublishers.start(feeds, entries, hosts, Duration.ofMillis(latencyMillis));
                Broadsheet app = Broadsheet.open(url, folder, fetch, ingest, null)) {
            List<URI> feedUrls = publishers.feedUrls();
            for (int i = 0; i < feedUrls.size(); i++) {
                app.database().sources().add(NewSource.of("Publisher " + i, feedUrls.get(i)));
            }
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long started = System.nanoTime();
            List<PollResult> results = app.scheduler().pollAllOnce();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long peakHeap =
                    heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

            List<PollResult.Read> read = results.stream()
                    .filter(PollResult.Read.class::isInstance)
                    .map(PollResult.Read.class::cast)
                    .toList();
            long failedFeeds = results.size() - read.size();
            int fromFeed =
                    read.stream().mapToInt(PollResult.Read::fromFeedContent).sum();
            int failedEntries = read.stream().mapToInt(PollResult.Read::failed).sum();
            long stored = app.database().articles().count();
            double seconds = elapsed.toNanos() / 1e9;
            out.printf(
                    "feeds %d x %d entries on %d hosts, latency %d ms, per host: %d at once, %d ms apart, robots.txt"
                            + " on; %d polls at once; %d cores%n",
                    feeds,
                    entries,
                    hosts,
                    latencyMillis,
                    perHostConcurrency,
                    perHostDelayMillis,
                    concurrentPolls,
                    Runtime.getRuntime().availableProcessors());
            out.printf(
                    "requests served        %,d on %,d connections%n", publishers.requests(), publishers.connections());
            out.printf("articles stored        %,d (expected %,d)%n", stored, (long) feeds * entries);
            out.printf(
                    "from feed content      %,d; failed entries %d; failed feeds %d%n",
                    fromFeed, failedEntries, failedFeeds);
            out.printf("poll cycle             %.1f s%n", seconds);
            out.printf("articles per second    %.0f%n", stored / seconds);
            out.printf(
                    "peak heap (pools)      %,d MB of %,d MB max%n",
                    peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            out.printf("peak RSS (VmHWM)       %s%n", peakRss());
            out.printf("load average           %.2f -> %.2f%n", loadBefore, loadAfter);
            out.flush();
            boolean complete =
                    failedFeeds == 0 && fromFeed == 0 && failedEntries == 0 && stored == (long) feeds * entries;
            return complete ? 0 : 1;
        } finally {
            deleteQuietly(folder);
        }
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring("VmHWM:".length()).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
