package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.broadsheet.fetch.FetchSettings;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FetchOptionsTest {
    private static IngestCommand parsed(String... args) {
        IngestCommand command = new IngestCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void putsTheContactInTheUserAgentAndTakesThePerHostManners() {
        IngestCommand command = parsed(
                "--once",
                "--contact",
                "https://news.example.org/about",
                "--per-host-concurrency",
                "3",
                "--per-host-delay-ms",
                "250",
                "--concurrent-polls",
                "200");

        FetchSettings settings = command.fetching.apply(FetchSettings.defaults());

        assertThat(settings.userAgent())
                .isEqualTo("Broadsheet/0.1 (+https://news.example.org/about; self-hosted news reader)");
        assertThat(settings.perHostConcurrency()).isEqualTo(3);
        assertThat(settings.perHostDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(command.fetching.ingest().maxConcurrentPolls()).isEqualTo(200);
    }

    @Test
    void defaultsToTheProjectsUserAgentAndPoliteManners() {
        IngestCommand command = parsed("--once");

        FetchSettings settings = command.fetching.apply(FetchSettings.defaults());

        assertThat(settings.userAgent()).isEqualTo(FetchSettings.DEFAULT_USER_AGENT);
        assertThat(settings.perHostConcurrency()).isEqualTo(2);
        assertThat(settings.perHostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(command.fetching.ingest().maxConcurrentPolls()).isEqualTo(64);
    }

    @Test
    void refusesBadValuesNamingTheProblem() {
        assertThatThrownBy(() -> parsed("--once", "--contact", "me (at) example")
                        .fetching
                        .apply(FetchSettings.defaults()))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("contact must be printable ASCII without parentheses");
        assertThatThrownBy(() ->
                        parsed("--once", "--per-host-delay-ms", "-5").fetching.apply(FetchSettings.defaults()))
                .hasMessageContaining("perHostDelay must not be negative");
        assertThatThrownBy(() ->
                        parsed("--once", "--concurrent-polls", "0").fetching.ingest())
                .hasMessageContaining("concurrent polls must be at least 1");
    }
}
