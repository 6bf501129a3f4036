package org.broadsheet.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.broadsheet.extract.ArticleExtractor;
import org.broadsheet.extract.ExtractedArticle;
import org.broadsheet.extract.ExtractionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet extract}: runs the article extractor on saved pages and prints the result as JSON. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Extracts the article from saved HTML pages and prints it as JSON: one object for one file, "
                    + "JSON Lines for several.",
            "Relative links resolve against --url, else the file's own file: URI; standard input (-) uses "
                    + "about:blank, so its relative links stay relative.",
            "Exit code 2 when an input cannot be read or extracted (a page over 10 MB is refused with TOO_LARGE, "
                    + "one of too many elements with TOO_COMPLEX, one needing over a second of CPU time with TIMED_OUT); "
                    + "the other inputs are still extracted."
        })
public final class ExtractCommand implements Callable<Integer> {
    static final String STDIN_URL = "about:blank";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(ExtractCommand.class);

    @Option(names = "--url", paramLabel = "URL", description = "The pages' original address, for relative links.")
    @Nullable
    URI url;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "HTML files; '-' for standard input, .gz is read compressed.")
    List<String> files = List.of();

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    private final InputStream stdin;
    private final PageExtractor extractor;

    /** The extraction of one page, a seam so that tests can make it fail. */
    @FunctionalInterface
    interface PageExtractor {
        ExtractedArticle extract(byte[] body, URI base) throws ExtractionException;
    }

    /** Creates the command reading {@code -} from the process's standard input. */
    public ExtractCommand() {
        this(System.in);
    }

    ExtractCommand(InputStream stdin) {
        this(stdin, articleExtractor());
    }

    ExtractCommand(InputStream stdin, PageExtractor extractor) {
        this.stdin = stdin;
        this.extractor = extractor;
    }

    /**
     * The real extractor, created at the first page: creating it loads the language model and warms the code up,
     * which every other command (and {@code --help}) would otherwise pay for when picocli builds the command tree.
     */
    private static PageExtractor articleExtractor() {
        return new PageExtractor() {
            private @Nullable ArticleExtractor extractor;

            @Override
            public ExtractedArticle extract(byte[] body, URI base) throws ExtractionException {
                if (extractor == null) {
                    extractor = new ArticleExtractor();
                }
                return extractor.extract(body, null, base);
            }
        };
    }

    @Override
    public Integer call() {
        PrintWriter out = spec == null
                ? new PrintWriter(System.out, true)
                : spec.commandLine().getOut();
        PrintWriter err = spec == null
                ? new PrintWriter(System.err, true)
                : spec.commandLine().getErr();
        int exit = 0;
        for (String file : files) {
            byte[] body;
            try {
                // One byte over what the extractor accepts, so that a huge or compressed-bomb input costs little and
                // a page over the limit is still told apart (the extractor refuses it as TOO_LARGE).
                body = InputFiles.read(file, stdin, ArticleExtractor.MAX_INPUT_BYTES + 1);
            } catch (IOException e) {
                err.println("extract: cannot read " + file + ": " + InputFiles.reason(e));
                exit = 2;
                continue;
            }
            URI base = url != null ? url : baseFor(file);
            ExtractedArticle article;
            try {
                article = extractor.extract(body, base);
            } catch (ExtractionException e) {
                err.println("extract: cannot extract " + file + ": " + e.code() + ": " + e.getMessage());
                exit = 2;
                continue;
            } catch (RuntimeException e) {
                // One page that trips the extractor must not cost the others; the stack trace is in the debug log.
                log.debug("Extraction failed: file={}", file, e);
                err.println("extract: cannot extract " + file + ": " + InputFiles.oneLine(e));
                exit = 2;
                continue;
            }
            try {
                Map<String, @Nullable Object> json = toJson(file, base, article);
                out.println(
                        files.size() == 1
                                ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json)
                                : JSON.writeValueAsString(json));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings always serialises", e);
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static URI baseFor(String file) {
        return file.equals("-")
                ? URI.create(STDIN_URL)
                : Path.of(file).toAbsolutePath().toUri();
    }

    private static Map<String, @Nullable Object> toJson(String file, URI base, ExtractedArticle a) {
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("url", base.toString());
        json.put("title", a.title());
        json.put("byline", a.byline());
        json.put("siteName", a.siteName());
        json.put("published", a.published() == null ? null : a.published().toString());
        json.put("language", a.language());
        json.put("image", a.image() == null ? null : a.image().toString());
        json.put("excerpt", a.excerpt());
        json.put("text", a.text());
        json.put("html", a.html());
        return json;
    }
}
