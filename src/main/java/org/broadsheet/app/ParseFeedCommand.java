package org.broadsheet.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.broadsheet.feed.FeedJson;
import org.broadsheet.feed.FeedParseException;
import org.broadsheet.feed.FeedParser;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet parse-feed [--url BASE] FILE...}: parses feed files and prints one JSON object per file and line,
 * the parsed feed or {@code {"file", "error": {"code", "message"}}}; a file longer than {@link #MAX_INPUT_BYTES}
 * (after decompression) gets the code {@code TOO_LARGE}. Exits with 2 when a file cannot be read.
 */
@Command(
        name = "parse-feed",
        mixinStandardHelpOptions = true,
        description = "Parses RSS, Atom, RDF and JSON feeds and prints each as one line of JSON.")
public final class ParseFeedCommand implements Callable<Integer> {
    /** The exit code when at least one file could not be read. */
    static final int UNREADABLE = 2;

    /** The most a feed may hold, decompressed: far more than any real feed, little enough to parse in memory. */
    static final int MAX_INPUT_BYTES = 10 * 1024 * 1024;

    /** The error code printed for a file longer than {@link #MAX_INPUT_BYTES}. */
    static final String TOO_LARGE = "TOO_LARGE";

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

    private final InputStream stdin;

    /** Creates the command reading {@code -} from the process's standard input; picocli fills in the options. */
    public ParseFeedCommand() {
        this(System.in);
    }

    ParseFeedCommand(InputStream stdin) {
        this.stdin = stdin;
    }

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
                // One byte past the limit tells a file at the limit from a longer one, without reading the rest.
                body = InputFiles.read(file, stdin, MAX_INPUT_BYTES + 1);
            } catch (IOException e) {
                err.println("parse-feed: cannot read " + file + ": " + InputFiles.reason(e));
                err.flush();
                exitCode = UNREADABLE;
                continue;
            }
            out.println(FeedJson.toLine(lineFor(parser, file, body)));
            out.flush();
        }
        return exitCode;
    }

    /** The line for one file: the parsed feed, or the reason it is not one. */
    private ObjectNode lineFor(FeedParser parser, String file, byte[] body) {
        ObjectNode line = FeedJson.object();
        line.put("file", file);
        if (body.length > MAX_INPUT_BYTES) {
            ObjectNode error = line.putObject("error");
            error.put("code", TOO_LARGE);
            error.put("message", "The document is larger than " + MAX_INPUT_BYTES / (1024 * 1024) + " MB");
            return line;
        }
        try {
            line.setAll(FeedJson.toTree(parser.parse(body, null, baseUrl)));
        } catch (FeedParseException e) {
            line.setAll(FeedJson.errorTree(e));
        }
        return line;
    }
}
