package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.feed.Opml;
import org.broadsheet.feed.OpmlOutline;
import org.broadsheet.store.Database;
import org.broadsheet.store.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sources import} and {@code sources export} against real data folders; nothing is fetched. */
class OpmlCommandLineTest {
    private static final Path NESTED = Path.of("src/test/resources/feed/opml/nested-folders.opml");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void importsEveryValidOutlineOnceAndNamesTheInvalidOnes() {
        String data = dir.resolve("data").toString();

        CliRun first = run("sources", "import", NESTED.toString(), "--data", data);
        CliRun second = run("sources", "import", NESTED.toString(), "--data", data);
        CliRun listed = run("sources", "list", "--data", data);

        assertThat(first.out())
                .contains("invalid: gopher://old.example/1/news (Gopher news): Enter a full web address")
                .contains("added 8, already present 0, invalid 1");
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(second.out()).contains("added 0, already present 8, invalid 1");
        assertThat(listed.out())
                .contains("CATEGORY")
                .containsPattern("Le Monde International +World/Europe ")
                .containsPattern("Unfiled +- ")
                .doesNotContain("gopher:");
        try (Database db = Database.open(Database.sqliteUrl(Path.of(data)))) {
            Source monde = db.sources().all().stream()
                    .filter(s -> s.name().equals("Le Monde International"))
                    .findFirst()
                    .orElseThrow();
            assertThat(monde.language()).isEqualTo("fr");
            assertThat(monde.homepage()).hasToString("https://lemonde.example/international/");
            assertThat(monde.health().lastAttempt()).as("nothing fetched").isNull();
        }
    }

    @Test
    void exportThenImportElsewhereKeepsEveryField() throws Exception {
        String from = dir.resolve("from").toString();
        String to = dir.resolve("to").toString();
        Path exported = dir.resolve("sources.opml");
        run("sources", "import", NESTED.toString(), "--data", from);
        run(
                "sources",
                "add",
                "http://127.0.0.1:1/feed",
                "--name",
                "A & <B>",
                "--language",
                "nl",
                "--force",
                "--data",
                from);

        CliRun export = run("sources", "export", exported.toString(), "--data", from);
        CliRun reimport = run("sources", "import", exported.toString(), "--data", to);

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported 9 sources to " + exported);
        assertThat(reimport.exitCode()).as(reimport.out() + reimport.err()).isZero();
        assertThat(reimport.out()).contains("added 9, already present 0, invalid 0");
        assertThat(fields(to)).containsExactlyElementsOf(fields(from));
        assertThat(fields(to)).contains("A & <B> | http://127.0.0.1:1/feed | null | nl | null");
    }

    @Test
    void exportsToStandardOutputWithoutAFile() throws Exception {
        String data = dir.toString();
        run("sources", "import", NESTED.toString(), "--data", data);

        CliRun export = run("sources", "export", "--data", data);

        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).startsWith("<?xml").contains("<title>Broadsheet sources</title>");
        List<OpmlOutline> read = Opml.read(export.out().getBytes(StandardCharsets.UTF_8));
        assertThat(read).hasSize(8).extracting(OpmlOutline::category).contains("World/Europe", "Tech/AI", null);
    }

    @Test
    void refusesAFileThatIsNotOpmlOrCannotBeRead() throws Exception {
        String data = dir.toString();
        Path garbage = dir.resolve("garbage.opml");
        Files.writeString(garbage, "<html><body>not a list</body></html>");

        CliRun notOpml = run("sources", "import", garbage.toString(), "--data", data);
        CliRun missing = run("sources", "import", dir.resolve("missing.opml").toString(), "--data", data);

        assertThat(notOpml.exitCode()).isEqualTo(1);
        assertThat(notOpml.err()).contains("NOT_OPML");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        assertThat(run("sources", "list", "--data", data).out().lines()).hasSize(1);
    }

    /** What an export must keep of each source, one line each, in the store's order. */
    private static List<String> fields(String data) {
        try (Database db = Database.open(Database.sqliteUrl(Path.of(data)))) {
            return db.sources().all().stream()
                    .map(s -> String.join(
                            " | ",
                            s.name(),
                            s.feedUrl().toString(),
                            String.valueOf(s.homepage()),
                            String.valueOf(s.language()),
                            String.valueOf(s.category())))
                    .toList();
        }
    }
}
