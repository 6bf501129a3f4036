package org.broadsheet.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.broadsheet.demo.AnswerKeyEntry;
import org.broadsheet.demo.DemoCorpus;
import org.broadsheet.extract.ExtractionBenchmark;
import org.broadsheet.extract.LanguageBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code broadsheet bench language [--corpus DIR]}: language detection accuracy on the demo and a test corpus. */
@Command(
        name = "language",
        mixinStandardHelpOptions = true,
        description = "Scores language detection on the bundled demo articles (en, de, fr) and on the cases of a "
                + "corpus whose expected-metadata.json has a 'lang': the model alone, and the language reported "
                + "once the page's declaration is taken into account.")
final class BenchLanguageCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "Folder of cases with source.html and expected-metadata.json (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("..", "shared", "corpora", "readability-test-pages");

    @Option(names = "--misses", description = "Also list each page where detection or report is wrong.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println("| corpus | pages | detector answered | detector right | reported right |");
        out.println("| --- | ---: | ---: | ---: | ---: |");
        List<LanguageBenchmark.Score> scores = new ArrayList<>();
        scores.add(print(out, "demo", LanguageBenchmark.run(demoPages(), ExtractionBenchmark.PAGE_URL)));
        if (Files.isDirectory(corpus)) {
            scores.add(print(
                    out,
                    corpus.getFileName().toString(),
                    LanguageBenchmark.run(corpusPages(corpus), ExtractionBenchmark.PAGE_URL)));
        }
        if (misses) {
            scores.forEach(s -> s.misses().forEach(out::println));
        }
        out.flush();
        return 0;
    }

    private static LanguageBenchmark.Score print(PrintWriter out, String name, LanguageBenchmark.Score s) {
        out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %d (%.1f%%) | %d (%.1f%%) |%n",
                name,
                s.pages(),
                s.answered(),
                s.detectedRight(),
                100 * s.detectionAccuracy(),
                s.reportedRight(),
                100 * s.reportedAccuracy());
        return s;
    }

    private static List<LanguageBenchmark.Labelled> demoPages() throws IOException {
        List<LanguageBenchmark.Labelled> pages = new ArrayList<>();
        for (AnswerKeyEntry entry : DemoCorpus.answerKey()) {
            if (entry.pageMissing()) {
                continue;
            }
            String path = entry.path().endsWith("/") ? entry.path() + "index.html" : entry.path();
            try (InputStream in = BenchLanguageCommand.class.getResourceAsStream("/demo/site" + path)) {
                if (in != null) {
                    String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    pages.add(new LanguageBenchmark.Labelled(entry.id(), html, entry.language()));
                }
            }
        }
        return pages;
    }

    private static List<LanguageBenchmark.Labelled> corpusPages(Path dir) throws IOException {
        List<LanguageBenchmark.Labelled> pages = new ArrayList<>();
        List<Path> cases;
        try (Stream<Path> list = Files.list(dir)) {
            cases = list.filter(d -> Files.isRegularFile(d.resolve("expected-metadata.json")))
                    .sorted()
                    .toList();
        }
        for (Path d : cases) {
            JsonNode lang =
                    JSON.readTree(d.resolve("expected-metadata.json").toFile()).path("lang");
            Path source = d.resolve("source.html");
            if (lang.isTextual() && !lang.asText().isBlank() && Files.isRegularFile(source)) {
                String code = lang.asText().strip().split("[-_]")[0];
                String html = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
                pages.add(new LanguageBenchmark.Labelled(d.getFileName().toString(), html, code));
            }
        }
        return pages;
    }
}
