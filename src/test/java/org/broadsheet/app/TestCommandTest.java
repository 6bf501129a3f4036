package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestCommandTest {
    @TempDir
    Path project;

    @Test
    void failsWithoutWrapperInProjectRoot() throws Exception {
        assertThat(new TestCommand(project).call()).isEqualTo(1);
    }

    @Test
    void runsWrapperWithVerifyAndExtraArgumentsAndReturnsItsExitCode() throws Exception {
        Path seen = project.resolve("seen.txt");
        Path wrapper = project.resolve("mvnw");
        Files.writeString(wrapper, "#!/bin/sh\necho \"$@\" > seen.txt\necho \"$JAVA_HOME\" >> seen.txt\nexit 3\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));

        int exitCode = new CommandLine(new TestCommand(project)).execute("-Dtest=Nothing", "-q");

        assertThat(exitCode).isEqualTo(3);
        assertThat(Files.readAllLines(seen))
                .containsExactly("-B verify -Dtest=Nothing -q", System.getProperty("java.home"));
    }
}
