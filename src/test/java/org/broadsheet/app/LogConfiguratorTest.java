package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class LogConfiguratorTest {
    @Test
    void logbackFindsItThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LogConfigurator.class);
    }

    @Test
    void rootLogsAtTheGivenLevelOnStandardErrorAndLibrariesAreQuiet() {
        LoggerContext context = new LoggerContext();
        LogConfigurator.apply(context, "debug");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
        assertThat(root.getAppender("STDERR"))
                .isInstanceOfSatisfying(
                        ConsoleAppender.class, a -> assertThat(a.getTarget()).isEqualTo("System.err"));
        assertThat(context.getLogger("org.eclipse.jetty.server").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("ai.djl").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.broadsheet.ingest").getEffectiveLevel())
                .isEqualTo(Level.DEBUG);
    }

    @Test
    void anUnknownOrMissingLevelMeansInfo() {
        for (String level : new String[] {null, "loud"}) {
            LoggerContext context = new LoggerContext();
            LogConfigurator.apply(context, level);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        }
    }

    @Test
    void aLogbackTestFileOnTheClassPathIsLeftToLogback() {
        LogConfigurator configurator = new LogConfigurator();
        LoggerContext context = new LoggerContext();
        configurator.setContext(context);
        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
