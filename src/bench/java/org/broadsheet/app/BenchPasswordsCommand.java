package org.broadsheet.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    private static final int[] MEMORY_KIB = {19456, 47104, 65536, 98304};
    private static final int[] PASSES = {2, 3};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        out.println("CPU ms is the hashing thread's own CPU time, which other load on the machine barely changes;");
        out.println("wall ms is what a person waits on this machine now.");
        out.printf("%-10s %-7s %10s %10s%n", "memory", "passes", "CPU ms", "wall ms");
        for (int memory : MEMORY_KIB) {
            for (int passes : PASSES) {
                Argon2Settings settings = new Argon2Settings(memory, passes, 1);
                double[] ms = medians(new PasswordHasher(settings));
                String mark = settings.equals(Argon2Settings.DEFAULT) ? "  <- default" : "";
                out.printf("%-10s %-7d %10.1f %10.1f%s%n", memory / 1024 + " MiB", passes, ms[0], ms[1], mark);
            }
        }
        return 0;
    }

    /** The median CPU and wall milliseconds of one hash. */
    private double[] medians(PasswordHasher hasher) {
        hasher.hash("warm up the JIT once");
        hasher.hash("and once more");
        long[] cpu = new long[rounds];
        long[] wall = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            hasher.hash("correct horse battery staple " + i);
            wall[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        return new double[] {cpu[rounds / 2] / 1e6, wall[rounds / 2] / 1e6};
    }
}
