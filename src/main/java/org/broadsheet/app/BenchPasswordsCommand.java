package org.broadsheet.app;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.broadsheet.account.Argon2Settings;
import org.broadsheet.account.PasswordHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet bench passwords}: times Argon2id hashing for a grid of parameters on this machine, so that the
 * defaults can be chosen to cost 100 to 250 ms per log-in.
 */
@Command(
        name = "passwords",
        mixinStandardHelpOptions = true,
        description = "Times Argon2id password hashing for several memory and pass settings.")
final class BenchPasswordsCommand implements Callable<Integer> {
    private static final int[] MEMORY_KIB = {19456, 32768, 47104, 65536, 98304};
    private static final int[] PASSES = {1, 2, 3, 4};

    @Spec
    CommandSpec spec;

    @Option(
            names = "--rounds",
            defaultValue = "9",
            description = "Hashes timed per setting (default: ${DEFAULT-VALUE}).")
    int rounds = 9;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Argon2id, 1 lane, 32-byte hash, 16-byte salt; median of " + rounds + " hashes after 2 warm-up");
        out.printf("%-10s %-7s %10s%n", "memory", "passes", "median ms");
        for (int memory : MEMORY_KIB) {
            for (int passes : PASSES) {
                Argon2Settings settings = new Argon2Settings(memory, passes, 1);
                double ms = median(new PasswordHasher(settings));
                String mark = settings.equals(Argon2Settings.DEFAULT) ? "  <- default" : "";
                out.printf("%-10s %-7d %10.1f%s%n", memory / 1024 + " MiB", passes, ms, mark);
            }
        }
        return 0;
    }

    private double median(PasswordHasher hasher) {
        hasher.hash("warm up the JIT once");
        hasher.hash("and once more");
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            hasher.hash("correct horse battery staple " + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[rounds / 2] / 1e6;
    }
}
