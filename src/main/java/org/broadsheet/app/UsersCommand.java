package org.broadsheet.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.broadsheet.account.AccountException;
import org.broadsheet.account.AccountSettings;
import org.broadsheet.account.Accounts;
import org.broadsheet.comment.Moderation;
import org.broadsheet.store.Account;
import org.broadsheet.store.Database;
import org.broadsheet.store.Role;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet users ...}: accounts from the command line. This is how the first admin is made; there is no
 * default account or password. Passwords are read from the terminal without echo, or with {@code --password-stdin}
 * as one line of standard input; never from the command line, where other users of the machine could see them.
 */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Adds and lists accounts.",
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.ListUsers.class,
            UsersCommand.SetPassword.class,
            UsersCommand.AppPassword.class
        })
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Adds an account; asks for its password (or reads one line from standard input).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage = new StorageOptions();

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        String name = "";

        @picocli.CommandLine.Option(
                names = "--password-stdin",
                description = "Read the password as one line of standard input instead of asking.")
        boolean passwordStdin;

        @ArgGroup(exclusive = true)
        RoleFlag roleFlag = new RoleFlag();

        static final class RoleFlag {
            @picocli.CommandLine.Option(names = "--admin", description = "Make the account an admin.")
            boolean admin;

            @picocli.CommandLine.Option(names = "--moderator", description = "Make the account a moderator.")
            boolean moderator;
        }

        @Override
        public Integer call() throws IOException {
            Role role = roleFlag.admin ? Role.ADMIN : roleFlag.moderator ? Role.MODERATOR : Role.READER;
            PrintWriter err = spec.commandLine().getErr();
            String password = readPassword(spec, passwordStdin, "Password for " + name + ": ");
            try (Database db = Database.open(storage.jdbcUrl())) {
                Accounts accounts = new Accounts(db.accounts(), AccountSettings.defaults(), Clock.systemUTC());
                Account account = accounts.create(name, password, role);
                new Moderation(db.comments(), db.accounts(), db.moderation(), Clock.systemUTC())
                        .auditCommandLine("account.add", "account", account.id(), name + " as " + role.key());
                spec.commandLine().getOut().println("Added " + account.username() + " (" + role.key() + ").");
                return 0;
            } catch (AccountException e) {
                err.println("Not added: " + e.getMessage() + " [" + e.problem().name() + "]");
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists accounts: name, role, ban.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage = new StorageOptions();

        @Override
        public Integer call() {
            try (Database db = Database.open(storage.jdbcUrl())) {
                for (Account a : db.accounts().all()) {
                    String ban = a.bannedUntil() == null ? "" : "\tbanned until " + a.bannedUntil();
                    spec.commandLine()
                            .getOut()
                            .println(a.username() + "\t" + a.role().key() + ban);
                }
            }
            return 0;
        }
    }

    @Command(
            name = "set-password",
            mixinStandardHelpOptions = true,
            description =
                    "Sets an account's password, logs it out everywhere and revokes its API tokens and app passwords.")
    static final class SetPassword implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage = new StorageOptions();

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        String name = "";

        @picocli.CommandLine.Option(
                names = "--password-stdin",
                description = "Read the password as one line of standard input instead of asking.")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            try (Database db = Database.open(storage.jdbcUrl())) {
                Accounts accounts = new Accounts(db.accounts(), AccountSettings.defaults(), Clock.systemUTC());
                Account account = accounts.find(name).orElse(null);
                if (account == null) {
                    spec.commandLine().getErr().println("There is no account named " + name + ".");
                    return 1;
                }
                accounts.resetPassword(account, readPassword(spec, passwordStdin, "New password for " + name + ": "));
                spec.commandLine().getOut().println("Password set for " + account.username() + ".");
                return 0;
            } catch (AccountException e) {
                spec.commandLine()
                        .getErr()
                        .println("Not set: " + e.getMessage() + " ["
                                + e.problem().name() + "]");
                return 1;
            }
        }
    }

    @Command(
            name = "app-password",
            mixinStandardHelpOptions = true,
            description = "Creates an app password for a reader app (Fever, Google Reader) and prints it once.")
    static final class AppPassword implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StorageOptions storage = new StorageOptions();

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        String name = "";

        @picocli.CommandLine.Option(
                names = "--label",
                paramLabel = "L",
                description = "What the password is for, as the account page lists it (default: reader app).")
        String label = "reader app";

        @Override
        public Integer call() {
            try (Database db = Database.open(storage.jdbcUrl())) {
                Accounts accounts = new Accounts(db.accounts(), AccountSettings.defaults(), Clock.systemUTC());
                Account account = accounts.find(name).orElse(null);
                if (account == null) {
                    spec.commandLine().getErr().println("There is no account named " + name + ".");
                    return 1;
                }
                String secret = accounts.appPasswords().create(account, label);
                spec.commandLine().getOut().println(secret);
                spec.commandLine()
                        .getErr()
                        .println("App password '" + label.strip() + "' created for " + account.username()
                                + "; it is shown only this once.");
                return 0;
            } catch (AccountException e) {
                spec.commandLine()
                        .getErr()
                        .println("Not created: " + e.getMessage() + " ["
                                + e.problem().name() + "]");
                return 1;
            }
        }
    }

    /** One line of standard input with {@code --password-stdin}; else from the terminal without echo, asked twice. */
    static String readPassword(CommandSpec spec, boolean stdin, String prompt) throws IOException {
        Console console = System.console();
        if (!stdin) {
            if (console == null) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "No terminal to ask for the password: use --password-stdin.");
            }
            char[] first = console.readPassword(prompt);
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null || !new String(first).equals(new String(again))) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "The passwords differ.");
            }
            return new String(first);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "Give the password on standard input.");
        }
        return line;
    }
}
