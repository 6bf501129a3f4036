package org.broadsheet.app;

import picocli.CommandLine.Command;

/** {@code broadsheet bench ...}: the benchmarks that are commands rather than JMH runs. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Runs a benchmark and prints its figures.",
        subcommands = {
            BenchFeedsCommand.class,
            BenchExtractCommand.class,
            BenchRelatedCommand.class,
            BenchSearchCommand.class,
            BenchEmbedCommand.class,
            BenchSummarizeCommand.class,
            BenchAskCommand.class,
            BenchBriefCommand.class,
            BenchPasswordsCommand.class,
            BenchCommentsCommand.class,
            BenchClusterCommand.class,
            BenchIngestCommand.class,
            BenchLanguageCommand.class
        })
public final class BenchCommand {
    /** Creates the parent command; it does nothing by itself. */
    public BenchCommand() {}
}
