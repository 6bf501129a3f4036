package org.broadsheet.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.broadsheet.feed.Opml;
import org.broadsheet.store.Database;
import org.broadsheet.store.Source;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet sources export [FILE]}: writes every source as OPML. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes every source as OPML 2.0, folders by category, to FILE or standard output.")
final class SourcesExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage = new StorageOptions();

    @Parameters(
            paramLabel = "FILE",
            arity = "0..1",
            description = "Where to write the OPML (default: standard output; - also means it).")
    @Nullable
    String file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Source> sources;
        try (Database db = Database.open(storage.jdbcUrl())) {
            sources = db.sources().all();
        }
        String opml = Opml.write(sources, Instant.now());
        if (file == null || file.equals("-")) {
            out.print(opml);
            out.flush();
            return 0;
        }
        try {
            Files.writeString(Path.of(file), opml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("sources export: cannot write " + file + ": " + InputFiles.reason(e));
            return 1;
        }
        out.printf("Exported %d sources to %s%n", sources.size(), file);
        out.flush();
        return 0;
    }
}
