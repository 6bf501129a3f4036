package org.broadsheet.extract.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.broadsheet.extract.BatchRun;
import org.broadsheet.extract.ExtractionBenchmark;

/**
 * A JavaScript extractor run under node by {@code src/bench/node/extract.mjs}: Readability.js on jsdom (Mozilla's
 * own package) or Postlight Parser, both from npm. The pages go to node in a temporary JSON-lines file; node runs its
 * warm-up passes, then one timed pass, and returns each page's article HTML with the pass's wall-clock and CPU time.
 * The packages are installed with {@code npm ci} into {@code src/bench/node/node_modules} (git-ignored) on first use.
 */
public final class NodePeer {
    /** The folder of the script, its package.json and package-lock.json, from the repository root. */
    public static final Path DIR = Path.of("src", "bench", "node");

    /** The peers the script knows: the name shown in the table, and the script's argument. */
    public static final Map<String, String> PEERS = Map.of("Readability.js", "readability", "Postlight", "postlight");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long TIMEOUT_MINUTES = 60;

    private final String name;
    private final String argument;

    /** The peer shown as {@code name}, one of {@link #PEERS}' keys. */
    public NodePeer(String name) {
        this.name = Objects.requireNonNull(name, "name");
        this.argument = Objects.requireNonNull(PEERS.get(name), () -> "no node peer is named " + name);
    }

    /** The name shown in the benchmark's table. */
    public String name() {
        return name;
    }

    /**
     * Why the node peers cannot run here (node missing, or {@code npm ci} failed), or empty when they can; installs
     * the packages when {@code node_modules} is missing.
     */
    public static Optional<String> unavailable() {
        if (!Files.isRegularFile(DIR.resolve("extract.mjs"))) {
            return Optional.of("no " + DIR.resolve("extract.mjs") + " (run from the repository root)");
        }
        try {
            Optional<String> node = run(List.of("node", "--version"), "node");
            if (node.isPresent()) {
                return node;
            }
            if (!Files.isDirectory(DIR.resolve("node_modules"))) {
                return run(List.of("npm", "ci", "--no-audit", "--no-fund"), "npm ci");
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private static Optional<String> run(List<String> command, String what) throws InterruptedException {
        try {
            Path log = Files.createTempFile("broadsheet-node-", ".log");
            try {
                Process p = new ProcessBuilder(command)
                        .directory(DIR.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    return Optional.of(what + " took more than 10 minutes");
                }
                return p.exitValue() == 0
                        ? Optional.empty()
                        : Optional.of(what + " failed (exit " + p.exitValue() + "): " + tail(log));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return Optional.of(what + " cannot run: " + e.getMessage());
        }
    }

    /**
     * Extracts every page under node after {@code warmUps} untimed passes and returns the timed pass.
     *
     * @throws IOException when node cannot be started, fails, or returns no summary
     */
    public BatchRun run(List<ExtractionBenchmark.Page> pages, int warmUps) throws IOException, InterruptedException {
        Path input = Files.createTempFile("broadsheet-pages-", ".jsonl");
        Path errors = Files.createTempFile("broadsheet-node-", ".log");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                for (ExtractionBenchmark.Page page : pages) {
                    w.write(JSON.writeValueAsString(
                            Map.of("name", page.name(), "url", page.url().toString(), "html", page.html())));
                    w.newLine();
                }
            }
            Process p = new ProcessBuilder(
                            "node",
                            "extract.mjs",
                            argument,
                            input.toAbsolutePath().toString(),
                            Integer.toString(warmUps))
                    .directory(DIR.toFile())
                    .redirectError(errors.toFile())
                    .start();
            List<BatchRun.PageRun> runs = new ArrayList<>();
            JsonNode summary = null;
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    JsonNode node = JSON.readTree(line);
                    if (node.path("summary").asBoolean()) {
                        summary = node;
                    } else {
                        runs.add(new BatchRun.PageRun(
                                node.path("name").asText(),
                                node.path("html").asText(""),
                                node.path("ms").asDouble(),
                                node.path("error").isTextual()
                                        ? node.path("error").asText()
                                        : null));
                    }
                }
            }
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(name + " under node took more than " + TIMEOUT_MINUTES + " minutes");
            }
            if (p.exitValue() != 0 || summary == null) {
                throw new IOException(name + " under node failed (exit " + p.exitValue() + "): " + tail(errors));
            }
            return new BatchRun(
                    name,
                    runs,
                    summary.path("wallMs").asDouble(),
                    summary.path("cpuMs").asDouble());
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(errors);
        }
    }

    /** The last few hundred characters of a log, on one line. */
    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return text.length() > 400 ? "…" + text.substring(text.length() - 400) : text;
    }
}
