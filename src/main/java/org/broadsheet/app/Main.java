package org.broadsheet.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code broadsheet} command line: every subcommand is registered here. */
@Command(
        name = "broadsheet",
        mixinStandardHelpOptions = true,
        version = "Broadsheet 0.1.0",
        description = "A self-hostable news platform.",
        subcommands = {
            ServeCommand.class,
            IngestCommand.class,
            ReindexCommand.class,
            SourcesCommand.class,
            UsersCommand.class,
            ReextractCommand.class,
            ExtractCommand.class,
            ParseFeedCommand.class,
            SummarizeCommand.class,
            AskCommand.class,
            ClusterCommand.class,
            TestCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
