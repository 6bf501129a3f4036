package org.broadsheet.app;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code broadsheet bench ...}. The benchmarks are not part of the jar: the launcher runs this class
 * from the compiled classes with the test class path (the peer extractors are test-scope dependencies), passing every
 * argument, {@code bench} included, so that usage and errors read as they would from {@link Main}.
 */
@Command(
        name = "broadsheet",
        mixinStandardHelpOptions = true,
        version = "Broadsheet 0.1.0",
        description = "Broadsheet's benchmarks: run `broadsheet bench --help` for the list.")
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line that knows {@code bench} and its subcommands. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BenchMain());
        cli.addSubcommand(new BenchCommand());
        cli.addSubcommand(new CommandLine.HelpCommand());
        return cli;
    }

    @Override
    public void run() {
        Objects.requireNonNull(spec, "spec is injected by picocli")
                .commandLine()
                .usage(System.out);
    }
}
