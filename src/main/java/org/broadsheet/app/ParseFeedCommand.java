package org.broadsheet.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.broadsheet.feed.FeedJson;
import org.broadsheet.feed.FeedParseException;
import org.broadsheet.feed.FeedParser;
import org.broadsheet.feed.ParsedFeed;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet parse-feed [--url BASE] FILE...}: parses feed files and prints one JSON object per file and line,
 * the parsed feed or {@code {"file", "error": {"code", "message"}}}. Exits with 2 when a file cannot be read.
 */
@Command(
        name = "parse-feed",
        mixinStandardHelpOptions = true,
        description = "Parses RSS, Atom, RDF and JSON feeds and prints each as one line of JSON.")
public final class ParseFeedCommand implements Callable<Integer> {
    /** The exit code when at least one file could not be read. */
    static final int UNREADABLE = 2;

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "BASE", description = "The feed's URL, to resolve relative links against.")
    @Nullable
    URI baseUrl;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Feed files to parse: paths, '-' for standard input; names ending in .gz are gunzipped.")
    List<String> files = List.of();

    /** Creates the command; picocli fills in the options. */
    public ParseFeedCommand() {}

    @Override
    public Integer call() {
        CommandSpec spec = Objects.requireNonNull(this.spec, "spec is injected by picocli");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FeedParser parser = new FeedParser();
        int exitCode = 0;
        for (String file : files) {
            byte[] body;
            try {
                body = read(file);
            } catch (IOException e) {
                err.println("parse-feed: cannot read " + file + ": " + reason(e));
                err.flush();
                exitCode = UNREADABLE;
                continue;
            }
            ObjectNode line = FeedJson.object();
            line.put("file", file);
            try {
                ParsedFeed parsed = parser.parse(body, null, baseUrl);
                line.setAll(FeedJson.toTree(parsed));
            } catch (FeedParseException e) {
                line.setAll(FeedJson.errorTree(e));
            }
            out.println(FeedJson.toLine(line));
            out.flush();
        }
        return exitCode;
    }

    private static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            default -> String.valueOf(e.getMessage());
        };
    }

    private static byte[] read(String file) throws IOException {
        if (file.equals("-")) {
            return System.in.readAllBytes();
        }
        Path path = Path.of(file);
        if (file.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(path);
    }
}
