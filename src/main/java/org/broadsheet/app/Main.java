package org.broadsheet.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code broadsheet} command line: every subcommand is registered here. */
@Command(
        name = "broadsheet",
        mixinStandardHelpOptions = true,
        version = "Broadsheet 0.1.0",
        description = "A self-hostable news platform.")
public final class Main implements Runnable {
    /** The subcommands by name, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("ingest", IngestCommand::new);
        COMMANDS.put("reindex", ReindexCommand::new);
        COMMANDS.put("sources", SourcesCommand::new);
        COMMANDS.put("users", UsersCommand::new);
        COMMANDS.put("reextract", ReextractCommand::new);
        COMMANDS.put("extract", ExtractCommand::new);
        COMMANDS.put("parse-feed", ParseFeedCommand::new);
        COMMANDS.put("summarize", SummarizeCommand::new);
        COMMANDS.put("ask", AskCommand::new);
        COMMANDS.put("cluster", ClusterCommand::new);
        COMMANDS.put("test", TestCommand::new);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The command line for {@code args}. picocli builds the model of every registered command up front, by reflection
     * over all their options, which took a noticeable part of a server's start; when the first argument names a
     * subcommand only that one is registered. Anything else (help, a mistyped name) gets all of them, so that usage
     * and suggestions list every command.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        cli.addSubcommand(new CommandLine.HelpCommand());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
