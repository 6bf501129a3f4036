package org.broadsheet.app;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.broadsheet.extract.ContentRule;
import org.broadsheet.store.Database;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code broadsheet sources set-rule ID SELECTOR}: names a source's article body with a CSS selector. */
@Command(
        name = "set-rule",
        mixinStandardHelpOptions = true,
        description = {
            "Sets the CSS selector that names the article body on a source's pages, such as 'article .body'; it "
                    + "overrides content detection when it matches. --clear removes it. Without a selector, prints it.",
            "Exit code 1 for an unknown source, 2 for an invalid selector (reason INVALID_RULE)."
        })
final class SourcesSetRuleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StorageOptions storage = new StorageOptions();

    @Parameters(index = "0", paramLabel = "ID", description = "The source's id (see 'sources list').")
    long id;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SELECTOR", description = "A CSS selector.")
    @Nullable
    String selector;

    @Option(names = "--clear", description = "Remove the source's rule: detection decides again.")
    boolean clear;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (selector != null) {
            Optional<String> problem = ContentRule.problem(selector);
            if (problem.isPresent()) {
                err.printf("INVALID_RULE: %s%n", problem.get());
                return 2;
            }
        }
        try (Database db = Database.open(storage.jdbcUrl())) {
            if (db.sources().find(id).isEmpty()) {
                err.printf("NOT_FOUND: no source with id %d%n", id);
                return 1;
            }
            if (clear) {
                db.sources().setContentRule(id, null);
                out.printf("Source %d: rule removed; content detection decides.%n", id);
            } else if (selector != null) {
                String rule = new ContentRule(selector).selector();
                db.sources().setContentRule(id, rule);
                out.printf("Source %d: article body is '%s'.%n", id, rule);
            } else {
                out.printf(
                        "Source %d: %s%n",
                        id, db.sources().contentRule(id).map(r -> "'" + r + "'").orElse("no rule"));
            }
            return 0;
        }
    }
}
