package org.broadsheet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Runs the whole test suite with the Maven wrapper of the project in the current directory. The {@code ./broadsheet}
 * launcher handles {@code test} before Java starts; this command keeps {@code broadsheet --help} complete and works
 * when the jar is run directly.
 */
@Command(name = "test", description = "Runs the whole test suite (./mvnw verify).")
public final class TestCommand implements Callable<Integer> {
    private final Path projectRoot;

    @Unmatched
    List<String> mavenArguments = new ArrayList<>();

    /** Creates the command for the project in the current directory. */
    public TestCommand() {
        this(Path.of("").toAbsolutePath());
    }

    TestCommand(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    /**
     * Runs {@code ./mvnw -B verify} plus any extra arguments with inherited input and output.
     *
     * @return Maven's exit code, or 1 when the current directory holds no {@code mvnw}
     */
    @Override
    public Integer call() throws Exception {
        Path wrapper = projectRoot.resolve("mvnw");
        if (!Files.isRegularFile(wrapper)) {
            System.err.println("broadsheet test: no mvnw in " + projectRoot
                    + "; run this command from the root of a Broadsheet source checkout.");
            return 1;
        }
        List<String> command = new ArrayList<>(List.of(wrapper.toString(), "-B", "verify"));
        command.addAll(mavenArguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(projectRoot.toFile()).inheritIO();
        // The build needs JDK 21+, which this JVM is (the jar targets 21); the caller's JAVA_HOME may be older.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process maven = builder.start();
        try {
            return maven.waitFor();
        } catch (InterruptedException e) {
            maven.destroy();
            Thread.currentThread().interrupt();
            throw e;
        }
    }
}
