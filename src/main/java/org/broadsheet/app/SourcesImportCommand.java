package org.broadsheet.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.broadsheet.feed.Opml;
import org.broadsheet.feed.OpmlException;
import org.broadsheet.feed.OpmlOutline;
import org.broadsheet.store.Database;
import org.broadsheet.store.DuplicateSourceException;
import org.broadsheet.store.NewSource;
import org.broadsheet.web.SourceFields;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet sources import FILE}: adds the feeds of an OPML file. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Adds the feeds of an OPML file, keeping its folders as categories; fetches nothing."
                + " Exits 1 when some outline could not be added.")
final class SourcesImportCommand implements Callable<Integer> {
    /** Far beyond any real subscription list; a bigger file is a mistake, not a list. */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage = new StorageOptions();

    @Parameters(paramLabel = "FILE", description = "The OPML file, or - for standard input.")
    String file = "";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<OpmlOutline> outlines;
        try {
            byte[] body = InputFiles.read(file, System.in, MAX_FILE_BYTES + 1);
            if (body.length > MAX_FILE_BYTES) {
                err.printf("TOO_LARGE: %s is larger than %d MiB%n", file, MAX_FILE_BYTES >> 20);
                return 1;
            }
            outlines = Opml.read(body);
        } catch (IOException e) {
            err.println("sources import: cannot read " + file + ": " + InputFiles.reason(e));
            return 1;
        } catch (OpmlException e) {
            err.println(e.code() + ": " + file + ": " + e.getMessage());
            return 1;
        }
        int added = 0;
        int present = 0;
        int invalid = 0;
        try (Database db = Database.open(storage.jdbcUrl())) {
            for (OpmlOutline outline : outlines) {
                Optional<String> problem = SourceFields.feedUrlProblem(outline.xmlUrl());
                if (problem.isPresent()) {
                    invalid++;
                    out.printf("invalid: %s (%s): %s%n", outline.xmlUrl(), outline.name(), problem.get());
                    continue;
                }
                try {
                    db.sources().add(newSource(outline));
                    added++;
                } catch (DuplicateSourceException e) {
                    present++;
                }
            }
        }
        out.printf("added %d, already present %d, invalid %d%n", added, present, invalid);
        out.flush();
        return invalid == 0 ? 0 : 1;
    }

    /** The source for a valid outline; a homepage or language the web form would refuse is left out. */
    static NewSource newSource(OpmlOutline outline) {
        URI homepage = outline.htmlUrl() != null
                        && SourceFields.feedUrlProblem(outline.htmlUrl()).isEmpty()
                ? URI.create(outline.htmlUrl().strip())
                : null;
        return NewSource.of(outline.name(), URI.create(outline.xmlUrl().strip()))
                .withHomepage(homepage)
                .withLanguage(language(outline.language()))
                .withCategory(outline.category());
    }

    /** The ISO 639-1 code of a language such as {@code fr-FR} or {@code en_us}, or null when it has none. */
    private static @Nullable String language(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String primary = value.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return !primary.isEmpty() && SourceFields.languageProblem(primary).isEmpty() ? primary : null;
    }
}
